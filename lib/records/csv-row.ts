// One customer as a row of the CSV export: what it is, its status, and the evidence the status rests on.
import { parseAgreementDate } from '../mca/agreement-date';
import type { PartnerRole } from '../mca/types';
import type { EvidencePiece } from '../status/evidence';
import { assessmentRecordOf } from './assessments';
import { isAssessmentCurrent } from './assessment-freshness';
import type { AssessmentRecord, CustomerRecord } from './types';

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

function freshest(pieces: readonly EvidencePiece[]): EvidencePiece | undefined {
  return pieces.reduce<EvidencePiece | undefined>((best, piece) => (!best || Date.parse(piece.observedAt) > Date.parse(best.observedAt) ? piece : best), undefined);
}

const calendarDay = (dateAgreed: string) => {
  const at = parseAgreementDate(dateAgreed);
  return at === undefined ? dateAgreed : new Date(at).toISOString().slice(0, 10);
};

/** The row at `now`: the stored assessment when it still holds, else one made afresh from the evidence. */
export function csvRowOf(
  customer: CustomerRecord,
  pieces: readonly EvidencePiece[],
  stored: AssessmentRecord | undefined,
  now: Date,
  partnerRole?: PartnerRole,
): CsvRow {
  const current = stored && isAssessmentCurrent(stored, pieces, now, partnerRole) ? stored : assessmentRecordOf(customer.tenantId, pieces, now, partnerRole);
  const { assessment } = current;
  const latest = assessment.latestAgreement;
  const contact = latest?.primaryContact;
  const deciding = latest?.source && latest.observedAt ? { source: latest.source, observedAt: latest.observedAt } : freshest(pieces);
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
