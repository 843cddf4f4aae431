import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EvidencePiece } from '../status/evidence';

export const DB_NAME = 'mca-assistant';
export const DB_VERSION = 1;

export interface CustomerRecord {
  tenantId: string;
  companyName?: string;
  domain?: string;
  country?: string;
  language?: string;
  lastSeenAt: string;
}

/** An invitation e-mail the partner opened in the mail client, copied or downloaded; never its text, which may hold a password. */
export interface InvitationRecord {
  id?: number;
  tenantId?: string;
  companyName?: string;
  kind: string;
  locale: string;
  /** How it left the extension. */
  via: 'mailto' | 'copy' | 'eml';
  at: string;
}

export interface RecordsSchema extends DBSchema {
  customers: { key: string; value: CustomerRecord; indexes: { byLastSeen: string } };
  /** The latest observation per customer and source. */
  evidence: { key: [string, string]; value: EvidencePiece; indexes: { byTenant: string } };
  invitations: { key: number; value: InvitationRecord; indexes: { byTenant: string; byAt: string } };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;

/** Opens the extension's database; only extension pages and the background may call it (a content script would get the page's). */
export function openRecordsDb(): Promise<RecordsDb> {
  return openDB<RecordsSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const customers = db.createObjectStore('customers', { keyPath: 'tenantId' });
        customers.createIndex('byLastSeen', 'lastSeenAt');
        const evidence = db.createObjectStore('evidence', { keyPath: ['tenantId', 'source'] });
        evidence.createIndex('byTenant', 'tenantId');
        const invitations = db.createObjectStore('invitations', { keyPath: 'id', autoIncrement: true });
        invitations.createIndex('byTenant', 'tenantId');
        invitations.createIndex('byAt', 'at');
      }
    },
  });
}
