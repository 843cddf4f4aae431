import type { DraftOutlet } from '@/lib/email-draft/record';
import { useI18n } from '../app/I18nContext';

interface Props {
  /** The mail link, once the draft is complete. */
  mailto?: string;
  busy: boolean;
  send(via: DraftOutlet): void;
}

/** Open in the mail client, copy, or download as .eml. An incomplete draft makes each of them show what is missing. */
export function DraftActions({ mailto, busy, send }: Props) {
  const { t } = useI18n();
  const openLabel = t('ui.popup.actions.openEmail');
  return (
    <div class="actions draft-actions" role="group" aria-label={t('ui.popup.actions.label')}>
      {mailto ? (
        // A real link, so that the address can also be copied or opened the browser's way.
        <a
          class="button primary"
          href={mailto}
          aria-disabled={busy || undefined}
          onClick={(event) => {
            event.preventDefault();
            if (!busy) send('mailto');
          }}
        >
          {openLabel}
        </a>
      ) : (
        <button type="button" class="primary" disabled={busy} onClick={() => send('mailto')}>
          {openLabel}
        </button>
      )}
      <button type="button" disabled={busy} onClick={() => send('copy')}>
        {t('ui.popup.actions.copy')}
      </button>
      <button type="button" disabled={busy} onClick={() => send('eml')}>
        {t('ui.popup.actions.download')}
      </button>
    </div>
  );
}
