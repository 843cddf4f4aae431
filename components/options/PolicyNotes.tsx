import type { SettingsField } from '@/lib/settings/schema';
import { useI18n } from '../app/I18nContext';

interface Props {
  locked: ReadonlySet<SettingsField>;
  rejected: readonly SettingsField[];
}

/** Says when the organisation's policy sets some settings, and which of its values are ignored. */
export function PolicyNotes({ locked, rejected }: Props) {
  const { t } = useI18n();
  if (locked.size === 0 && rejected.length === 0) return null;
  const fields = rejected.map((field) => t(`settings.fields.${field}.label`)).join(', ');
  return (
    <div class="card policy-note">
      {locked.size > 0 ? <p>{t('settings.lockedSummary')}</p> : null}
      {rejected.length > 0 ? <p>{t('settings.policyRejected', { fields })}</p> : null}
    </div>
  );
}
