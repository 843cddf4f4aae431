import type { CreatedAgreement } from '@/lib/attestation/flow';
import { useI18n } from '../app/I18nContext';

interface Props {
  agreement: CreatedAgreement;
  onDraftNotice(): void;
}

export function AttestationDone({ agreement, onDraftNotice }: Props) {
  const { t } = useI18n();
  return (
    <div class="attestation-done">
      <h3 id="attestation-step-heading" tabIndex={-1}>
        {t('attestation.done.heading')}
      </h3>
      <p>{t('attestation.done.text', { date: agreement.dateAgreed })}</p>
      <p class="ids">{t('attestation.done.ids', { correlationId: agreement.correlationId, requestId: agreement.requestId })}</p>
      {agreement.recorded ? null : <p class="warning-text">{t('attestation.done.notRecorded')}</p>}
      <div class="actions">
        <button type="button" onClick={onDraftNotice}>
          {t('attestation.done.notice')}
        </button>
      </div>
    </div>
  );
}
