import type { RecordsDb } from './db';
import type { AttestationRecord } from './types';
import { writeRecords } from './write';

export async function recordAttestation(db: RecordsDb, record: Omit<AttestationRecord, 'id'>): Promise<number> {
  return writeRecords(db, ['attestations'], (transaction) => transaction.objectStore('attestations').add(record));
}

/** A customer's submitted attestations, newest first. */
export async function attestationsOf(db: RecordsDb, tenantId: string): Promise<AttestationRecord[]> {
  const records = await db.getAllFromIndex('attestations', 'byTenant', tenantId);
  return records.sort((a, b) => b.at.localeCompare(a.at));
}
