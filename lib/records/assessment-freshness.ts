import type { PartnerRole } from '../mca/types';
import type { EvidencePiece } from '../evidence/combine';
import type { AssessmentRecord } from './types';

/** Whether the stored assessment still says what a new one would at `now`, for that role (its evidence is kept in step). */
export function isAssessmentCurrent(record: AssessmentRecord, now: Date, partnerRole?: PartnerRole): boolean {
  return record.partnerRole === partnerRole && (record.validUntil === undefined || now.getTime() < Date.parse(record.validUntil));
}

const evidenceKey = ({ source, observedAt }: { source: string; observedAt: string }) => `${source}\u0000${observedAt}`;

/** Whether the assessment was made from exactly these pieces. */
export function restsOn(record: AssessmentRecord, pieces: readonly EvidencePiece[]): boolean {
  if (record.evidence.length !== pieces.length) return false;
  const used = new Set(record.evidence.map(evidenceKey));
  return pieces.every((piece) => used.has(evidenceKey(piece)));
}
