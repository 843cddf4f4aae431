// Attestations followed to their agreement. Each change is read and written in one transaction, so that the panel and the
// background watcher, acting at the same moment, never both take the same step.
import type { RecordsDb } from './db';
import type { TrackedAttestation, TrackedAttestationState } from './types';
import { writeRecords } from './write';

export async function trackAttestation(db: RecordsDb, tracked: TrackedAttestation): Promise<void> {
  await writeRecords(db, ['trackedAttestations'], async (transaction) => {
    await transaction.objectStore('trackedAttestations').put(tracked);
  });
}

export function trackedAttestation(db: RecordsDb, attestationId: string): Promise<TrackedAttestation | undefined> {
  return db.get('trackedAttestations', attestationId);
}

/** Newest first. */
const newestFirst = (records: TrackedAttestation[]) => records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

export async function trackedAttestationsOf(db: RecordsDb, tenantId: string): Promise<TrackedAttestation[]> {
  return newestFirst(await db.getAllFromIndex('trackedAttestations', 'byTenant', tenantId));
}

export async function trackedAttestationsIn(
  db: RecordsDb,
  states: readonly TrackedAttestationState[],
): Promise<TrackedAttestation[]> {
  const lists = await Promise.all(states.map((state) => db.getAllFromIndex('trackedAttestations', 'byState', state)));
  return newestFirst(lists.flat());
}

/**
 * Applies `change` to the attestation as stored now and keeps its answer; `undefined` leaves the record as it is. Returns
 * what is stored afterwards (undefined when the attestation is not tracked). `change` must be synchronous: the read and
 * the write are one transaction.
 */
export async function updateTrackedAttestation(
  db: RecordsDb,
  attestationId: string,
  change: (current: TrackedAttestation) => TrackedAttestation | undefined,
): Promise<TrackedAttestation | undefined> {
  return writeRecords(db, ['trackedAttestations'], async (transaction) => {
    const store = transaction.objectStore('trackedAttestations');
    const current = await store.get(attestationId);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    if (next.attestationId !== attestationId) throw new RangeError('an update cannot change the attestation id');
    await store.put(next);
    return next;
  });
}
