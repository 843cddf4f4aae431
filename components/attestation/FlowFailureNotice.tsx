import type { Failure } from '@/lib/failure/failure';
import { useI18n } from '../app/I18nContext';

/** Failures the settings page cures: the certificate, the app's client id, the partner tenant. */
const SETTINGS_CODES = ['app-credential-missing', 'not-configured', 'sign-in-refused'];

interface Props {
  failure: Failure;
  onOpenSettings(): void;
}

export function FlowFailureNotice({ failure, onOpenSettings }: Props) {
  const { t } = useI18n();
  return (
    <div class="attestation-failure" role="alert" data-code={failure.code}>
      <p>{t(failure.messageKey, failure.params)}</p>
      {failure.code && SETTINGS_CODES.includes(failure.code) ? (
        <button type="button" onClick={onOpenSettings}>
          {t('attestation.section.settings')}
        </button>
      ) : null}
    </div>
  );
}
