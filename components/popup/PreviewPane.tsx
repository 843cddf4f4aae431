import type { InvitationLocale } from '@/lib/email/invitations';
import type { DraftResult } from '@/lib/email-draft/render';
import { useI18n } from '../app/I18nContext';

interface Props {
  draft: DraftResult;
  locale: InvitationLocale;
}

/**
 * The email as it will be sent. Its HTML goes into a frame with every sandbox restriction (no script, no navigation, an
 * origin of its own), never into this page's DOM.
 */
export function PreviewPane({ draft, locale }: Props) {
  const { t } = useI18n();
  return (
    <section class="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('ui.popup.preview.heading')}</h2>
      {draft.ok ? (
        <>
          <p class="preview-subject">
            <span class="muted">{t('ui.popup.preview.subject')}</span> <strong lang={locale}>{draft.email.subject}</strong>
          </p>
          <iframe class="preview-frame" sandbox="" srcdoc={draft.email.html} title={t('ui.popup.preview.frameTitle')} />
          <details class="preview-text">
            <summary>{t('ui.popup.preview.plainText')}</summary>
            <pre lang={locale}>{draft.email.text}</pre>
          </details>
        </>
      ) : (
        <p class="muted">{t('ui.popup.preview.incomplete')}</p>
      )}
    </section>
  );
}
