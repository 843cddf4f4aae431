import { retentionDays, type RetentionOutcome } from '@/lib/records/retention';
import type { SettingsField } from '@/lib/settings/schema';
import type { SettingsStore } from '@/lib/settings/store';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';
import { PolicyNotes } from './PolicyNotes';
import { PurgeNow } from './PurgeNow';
import { RedirectUris } from './RedirectUris';
import { SaveBar } from './SaveBar';
import { SettingsForm } from './SettingsForm';
import { SetupGuide } from './SetupGuide';
import { useSettingsForm } from './useSettingsForm';
import './options.css';

interface Props {
  settings: SettingsStore;
  /** `identity.getRedirectURL()` and any other address to register as a single-page-application redirect. */
  redirectUris?: readonly string[];
  copyText?: (text: string) => Promise<void>;
  /** Asks the background to remove the records older than the saved retention; without it, no button. */
  purgeOldRecords?: () => Promise<RetentionOutcome>;
}

const focusField = (field: SettingsField) => document.getElementById(`setting-${field}`)?.focus();

export function OptionsApp({ settings, redirectUris = [], copyText, purgeOldRecords }: Props) {
  const { t } = useI18n();
  const form = useSettingsForm(settings);

  const submit = async (event: Event) => {
    event.preventDefault();
    const firstInvalid = await form.save();
    if (firstInvalid) focusField(firstInvalid);
  };

  return (
    <main class="page options">
      <PageHeader title={t('settings.title')} />
      {form.draft && form.policy ? (
        <form class="settings-form" noValidate onSubmit={(event) => void submit(event)}>
          <PolicyNotes locked={form.policy.locked} rejected={form.policy.policyRejected} />
          <SettingsForm
            context={{ draft: form.draft, errors: form.errors, locked: form.policy.locked, onInput: form.edit }}
            signInExtra={<RedirectUris uris={redirectUris} copyText={copyText} />}
            recordsExtra={
              purgeOldRecords ? (
                <PurgeNow purge={purgeOldRecords} keepsEverything={retentionDays(form.policy.settings) === null} />
              ) : null
            }
          />
          <SaveBar status={form.status} />
          <SetupGuide />
        </form>
      ) : (
        <p class="muted" role="status">
          {t('settings.loading')}
        </p>
      )}
    </main>
  );
}
