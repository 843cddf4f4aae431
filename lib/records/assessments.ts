import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { assessCustomer, statusSeverity } from '../mca';
import {
  ATTESTATION_API_ONLY_FROM,
  CLOUD_AGREEMENT_RETIRED_AT,
  CURRENT_ATTESTATION_FROM,
  STALE_ATTESTATION_BLOCKED_FROM,
} from '../mca/timeline';
import type { McaStatus, PartnerRole } from '../mca/types';
import { combineEvidence, type EvidencePiece } from '../evidence/combine';
import type { RecordsDb } from './db';
import type { AssessmentRecord } from './types';

const MILESTONES = [
  CLOUD_AGREEMENT_RETIRED_AT,
  CURRENT_ATTESTATION_FROM,
  STALE_ATTESTATION_BLOCKED_FROM,
  ATTESTATION_API_ONLY_FROM,
].map(Date.parse);

/** The first instant after `now` at which the rules read the same evidence differently. */
function nextChange(pieces: readonly EvidencePiece[], now: Date): string | undefined {
  const agreementDates = pieces.flatMap((piece) =>
    (piece.agreements ?? []).map((agreement) => parsePartnerCenterDate(agreement.dateAgreed) ?? Number.NaN),
  );
  const later = [...MILESTONES, ...agreementDates].filter((at) => at > now.getTime());
  return later.length > 0 ? new Date(Math.min(...later)).toISOString() : undefined;
}

/** The status the pieces give at `now`, with the keys of the pieces it was made from. */
export function assessmentRecordOf(
  tenantId: string,
  pieces: readonly EvidencePiece[],
  now: Date,
  partnerRole?: PartnerRole,
): AssessmentRecord {
  const assessment = { ...assessCustomer(combineEvidence(pieces, partnerRole), now), reasons: [] };
  const validUntil = nextChange(pieces, now);
  return {
    tenantId,
    status: assessment.status,
    severity: statusSeverity(assessment.status),
    assessment,
    evidence: pieces.map(({ source, observedAt }) => ({ source, observedAt })),
    ...(partnerRole !== undefined && { partnerRole }),
    assessedAt: now.toISOString(),
    ...(validUntil !== undefined && { validUntil }),
  };
}

export function assessmentOf(db: RecordsDb, tenantId: string): Promise<AssessmentRecord | undefined> {
  return db.get('assessments', tenantId);
}

export function assessmentsWithStatus(db: RecordsDb, status: McaStatus): Promise<AssessmentRecord[]> {
  return db.getAllFromIndex('assessments', 'byStatus', status);
}

/** The most severe statuses first (every transaction blocked, then stale attestations…), a page at a time. */
export async function assessmentsAtRiskFirst(
  db: RecordsDb,
  { offset = 0, limit = 100 }: { offset?: number; limit?: number } = {},
): Promise<AssessmentRecord[]> {
  const page: AssessmentRecord[] = [];
  let cursor = await db.transaction('assessments').store.index('bySeverity').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && page.length < limit) {
    page.push(cursor.value);
    cursor = await cursor.continue();
  }
  return page;
}
