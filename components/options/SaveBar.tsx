import { useI18n } from '../app/I18nContext';
import type { SaveStatus } from './useSettingsForm';

/** The Save button and what became of the last save, in a live region. */
export function SaveBar({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const message = {
    idle: '',
    saving: t('settings.actions.saving'),
    saved: t('settings.status.saved'),
    invalid: t('settings.status.invalid'),
    locked: t('settings.errors.locked'),
    failed: status.kind === 'failed' ? t('settings.status.failed', { reason: status.reason }) : '',
  }[status.kind];
  return (
    <div class="form-actions">
      <button type="submit" class="primary" disabled={status.kind === 'saving'}>
        {t('settings.actions.save')}
      </button>
      <p class="status-line" role="status">
        {message}
      </p>
    </div>
  );
}
