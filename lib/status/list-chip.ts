// What the small chip beside a customer on Partner Center's customer list says, from local records only: the status and
// tone the badge uses, "not checked" when nothing is known, whether the customer is at risk, and how old the evidence is.
import type { McaStatus } from '../mca/types';

/** What the records know of a listed customer. */
export interface ListedStatus {
  status: McaStatus;
  atRisk: boolean;
  /** When the newest evidence the status rests on was observed. */
  evidenceAt?: string;
}

export type ChipTone = 'ok' | 'risk' | 'neutral';

export type ListChip =
  | { kind: 'not-checked'; tone: 'neutral' }
  | { kind: 'status'; status: McaStatus; tone: ChipTone; atRisk: boolean; ageDays?: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Same tones as the page's badge: at risk is red, a known status green, unknown grey. */
export function chipOf(known: ListedStatus | undefined, now: Date): ListChip {
  if (!known) return { kind: 'not-checked', tone: 'neutral' };
  const tone: ChipTone = known.atRisk ? 'risk' : known.status === 'unknown' ? 'neutral' : 'ok';
  const observed = known.evidenceAt === undefined ? Number.NaN : Date.parse(known.evidenceAt);
  const ageDays = Number.isNaN(observed) ? undefined : Math.max(0, Math.floor((now.getTime() - observed) / DAY_MS));
  return { kind: 'status', status: known.status, tone, atRisk: known.atRisk, ...(ageDays !== undefined && { ageDays }) };
}
