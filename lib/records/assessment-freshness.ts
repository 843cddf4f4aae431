import { parseAgreementDate } from '../mca/agreement-date';
import { ATTESTATION_API_ONLY_FROM, CLOUD_AGREEMENT_RETIRED_AT, CURRENT_ATTESTATION_FROM, STALE_ATTESTATION_BLOCKED_FROM } from '../mca/timeline';
import type { PartnerRole } from '../mca/types';
import type { EvidencePiece } from '../status/evidence';
import type { AssessmentRecord } from './types';

const MILESTONES = [CLOUD_AGREEMENT_RETIRED_AT, CURRENT_ATTESTATION_FROM, STALE_ATTESTATION_BLOCKED_FROM, ATTESTATION_API_ONLY_FROM].map(Date.parse);

const evidenceKey = ({ source, observedAt }: { source: string; observedAt: string }) => `${source}\u0000${observedAt}`;

/**
 * Whether the stored assessment still says what a new one would at `now`: made from the same evidence for the same role,
 * and no date the rules turn on (a milestone, an agreement date then in the future) has passed since it was made.
 */
export function isAssessmentCurrent(record: AssessmentRecord, pieces: readonly EvidencePiece[], now: Date, partnerRole?: PartnerRole): boolean {
  if (record.partnerRole !== partnerRole || record.evidence.length !== pieces.length) return false;
  const used = new Set(record.evidence.map(evidenceKey));
  if (!pieces.every((piece) => used.has(evidenceKey(piece)))) return false;
  const assessedAt = Date.parse(record.assessedAt);
  const passedSince = (at: number | undefined) => at !== undefined && at > assessedAt && at <= now.getTime();
  if (MILESTONES.some(passedSince)) return false;
  return !pieces.some((piece) => piece.agreements?.some((agreement) => passedSince(parseAgreementDate(agreement.dateAgreed))));
}
