import type { CustomerStatus } from './types';
import { useI18n } from '../app/I18nContext';

/** Says where the status did not come from the API: nobody signed in, or the API failed (with a retry when it may help). */
export function ApiReadingNotice({ reading, onRetry }: { reading: CustomerStatus['api']; onRetry: () => void }) {
  const { t } = useI18n();
  if (reading.state === 'signed-out') return <p class="muted api-notice">{t('panel.api.signedOut')}</p>;
  if (reading.state !== 'failed') return null;
  return (
    <div role="alert" class="api-notice error" data-code={reading.code}>
      <p>{t(reading.messageKey, reading.params)}</p>
      {reading.retryable ? (
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      ) : null}
    </div>
  );
}
