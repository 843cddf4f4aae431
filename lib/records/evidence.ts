import type { EvidencePiece } from '../status/evidence';
import type { RecordsDb } from './db';

/** Keeps the observation as the latest of its source for the customer, and notes that the customer was seen. */
export async function saveEvidence(db: RecordsDb, piece: EvidencePiece): Promise<void> {
  const tx = db.transaction(['evidence', 'customers'], 'readwrite');
  const customers = tx.objectStore('customers');
  const customer = await customers.get(piece.tenantId);
  await Promise.all([
    tx.objectStore('evidence').put(piece),
    customers.put({ ...customer, tenantId: piece.tenantId, lastSeenAt: piece.observedAt }),
    tx.done,
  ]);
}

export function evidenceOf(db: RecordsDb, tenantId: string): Promise<EvidencePiece[]> {
  return db.getAllFromIndex('evidence', 'byTenant', tenantId);
}
