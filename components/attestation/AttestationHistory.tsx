import type { AttestationRecordView } from '@/lib/attestation/api';
import { isRefusal } from '@/lib/attestation/history';
import type { AppMessageKey } from '@/lib/i18n';
import { useI18n } from '../app/I18nContext';
import { formatInstant } from './format';

function resultText(record: AttestationRecordView, t: (key: AppMessageKey, params?: Record<string, string>) => string): string {
  if (isRefusal(record)) return t('attestation.history.result.refused', { code: record.result });
  return record.result === 'agreementcreated'
    ? t('attestation.history.result.agreementcreated')
    : t('attestation.history.result.linkgenerated');
}

/** The attestations this browser made for the customer, with the ids Partner Center support asks for. */
export function AttestationHistory({ records }: { records: readonly AttestationRecordView[] }) {
  const { t, locale } = useI18n();
  if (records.length === 0) return null;
  return (
    <section class="attestation-history" aria-labelledby="attestation-history-heading">
      <h3 id="attestation-history-heading">{t('attestation.history.heading')}</h3>
      <ol>
        {records.map((record) => (
          <li key={`${record.requestId}-${record.result}`} data-result={record.result}>
            <time dateTime={record.at}>{formatInstant(record.at, locale)}</time> —{' '}
            {t('attestation.history.entry', {
              signer: `${record.signer.firstName} ${record.signer.lastName}`.trim(),
              result: resultText(record, t),
            })}
            {record.attestedBy ? (
              <div class="attested-by">
                {t('attestation.history.by', { name: record.attestedBy.name, upn: record.attestedBy.upn })}
              </div>
            ) : null}
            <div class="muted ids">{t('attestation.history.ids', { correlationId: record.correlationId })}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
