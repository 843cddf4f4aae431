import type { InvitationRecord, RecordsDb } from './db';
import { writeRecords } from './write';

export async function recordInvitation(db: RecordsDb, record: Omit<InvitationRecord, 'id'>): Promise<number> {
  return writeRecords(db, ['invitations'], (transaction) => transaction.objectStore('invitations').add(record));
}

/** A customer's invitations, newest first. */
export async function invitationsOf(db: RecordsDb, tenantId: string): Promise<InvitationRecord[]> {
  const records = await db.getAllFromIndex('invitations', 'byTenant', tenantId);
  return records.sort((a, b) => b.at.localeCompare(a.at));
}
