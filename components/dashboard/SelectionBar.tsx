import { useI18n } from '../app/I18nContext';

export type SelectionOutcome =
  { state: 'idle' } | { state: 'drafted'; count: number; skipped: number } | { state: 'no-partner-name' };

interface Props {
  count: number;
  outcome: SelectionOutcome;
  onDraft(): void;
  onExport(): void;
  onAttest(): void;
  onClear(): void;
}

/** What can be done with the customers ticked in the table. */
export function SelectionBar({ count, outcome, onDraft, onExport, onAttest, onClear }: Props) {
  const { t } = useI18n();
  if (count === 0 && outcome.state === 'idle') return null;
  return (
    <section class="card selection" aria-label={t('dashboard.selection.count', { count })}>
      <div class="actions selection">
        <strong>{t('dashboard.selection.count', { count })}</strong>
        <button type="button" class="primary" disabled={count === 0} onClick={onDraft}>
          {t('dashboard.selection.draft')}
        </button>
        <button type="button" disabled={count === 0} onClick={onExport}>
          {t('dashboard.selection.export')}
        </button>
        <button type="button" disabled={count === 0} onClick={onAttest}>
          {t('dashboard.selection.attest')}
        </button>
        <button type="button" disabled={count === 0} onClick={onClear}>
          {t('dashboard.selection.clear')}
        </button>
      </div>
      <p role="status" class="status-line">
        {outcome.state === 'drafted'
          ? `${t('dashboard.selection.drafted', { count: outcome.count })}${outcome.skipped ? ` ${t('dashboard.selection.skipped', { count: outcome.skipped })}` : ''}`
          : outcome.state === 'no-partner-name'
            ? t('dashboard.selection.noPartnerName')
            : ''}
      </p>
    </section>
  );
}
