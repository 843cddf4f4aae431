import { ATTESTATION_LINK_MINUTES } from '../partner-center/contract';

export interface HistoryEntry {
  attestationId?: string;
  result: string;
  at: string;
}

/** Results that mean Partner Center accepted the write; anything else recorded is the code of a refusal. */
const SUCCESSES = new Set(['linkgenerated', 'customeraccepted', 'agreementcreated']);

export function isRefusal(entry: HistoryEntry): boolean {
  return !SUCCESSES.has(entry.result);
}

/**
 * The latest attestation created from this browser whose agreement was not created yet and whose link may still be
 * valid (no link lasts longer than the contract's maximum), to offer resuming it.
 */
export function pendingAttestation<E extends HistoryEntry>(entries: readonly E[], now: Date): E | undefined {
  const finished = new Set(entries.filter((entry) => entry.result === 'agreementcreated').map((entry) => entry.attestationId));
  const oldest = now.getTime() - ATTESTATION_LINK_MINUTES.max * 60_000;
  return entries
    .filter((entry) => entry.result === 'linkgenerated' && entry.attestationId && !finished.has(entry.attestationId))
    .filter((entry) => new Date(entry.at).getTime() > oldest)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
}
