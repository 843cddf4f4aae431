// One customer as a row of the CSV export: what it is, its status, and the evidence the status rests on.
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import type { AssessmentRecord, CustomerRecord, EvidenceKey } from './types';

export const CSV_COLUMNS = [
  'tenantId',
  'companyName',
  'domain',
  'country',
  'language',
  'status',
  'certain',
  'blockedActions',
  'latestAgreementDate',
  'signerName',
  'signerEmail',
  'evidenceSource',
  'evidenceObservedAt',
  'evidenceAgeDays',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

const DAY_MS = 86_400_000;

function freshest(keys: readonly EvidenceKey[]): EvidenceKey | undefined {
  return keys.reduce<EvidenceKey | undefined>(
    (best, key) => (!best || Date.parse(key.observedAt) > Date.parse(best.observedAt) ? key : best),
    undefined,
  );
}

const calendarDay = (dateAgreed: string) => {
  const at = parsePartnerCenterDate(dateAgreed);
  return at === undefined ? dateAgreed : new Date(at).toISOString().slice(0, 10);
};

/** The row at `now`, from an assessment that holds at `now`: the evidence shown is the piece the status rests on. */
export function csvRowOf(customer: CustomerRecord, { assessment, evidence }: AssessmentRecord, now: Date): CsvRow {
  const latest = assessment.latestAgreement;
  const contact = latest?.primaryContact;
  const deciding =
    latest?.source && latest.observedAt ? { source: latest.source, observedAt: latest.observedAt } : freshest(evidence);
  const observedAt = deciding ? Date.parse(deciding.observedAt) : Number.NaN;
  return {
    tenantId: customer.tenantId,
    companyName: customer.companyName ?? '',
    domain: customer.domain ?? '',
    country: customer.country ?? '',
    language: customer.language ?? '',
    status: assessment.status,
    certain: String(assessment.certain),
    blockedActions: assessment.blockedActions.join(' '),
    latestAgreementDate: latest ? calendarDay(latest.dateAgreed) : '',
    signerName: [contact?.firstName, contact?.lastName].filter(Boolean).join(' '),
    signerEmail: contact?.email ?? '',
    evidenceSource: deciding?.source ?? '',
    evidenceObservedAt: deciding?.observedAt ?? '',
    evidenceAgeDays: Number.isNaN(observedAt) ? '' : Math.max(0, Math.floor((now.getTime() - observedAt) / DAY_MS)),
  };
}
