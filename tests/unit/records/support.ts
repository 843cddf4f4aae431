// Records for the lib/records tests: one record of every kind, and old database versions.
import { deleteDB } from 'idb';
import { DB_NAME, type RecordsDb } from '@/lib/records/db';
import { readExportedRecords, recordsJson } from '@/lib/records/export-json';
import { importRecords } from '@/lib/records/import-json';
import { freshDb } from '../support/records-db';
import type { EvidencePiece } from '@/lib/evidence/combine';
import type { AttestationRecord, AuditRunRecord, CustomerRecord, InvitationRecord } from '@/lib/records/types';

export const T1 = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
export const T2 = '11111111-2222-4333-8444-555555555555';
export const T3 = '99999999-8888-4777-8666-555555555555';

export const customer = (tenantId: string, extra: Partial<CustomerRecord> = {}): CustomerRecord => ({
  tenantId,
  companyName: 'Contoso',
  domain: 'contoso.onmicrosoft.com',
  country: 'FR',
  language: 'fr-FR',
  lastSeenAt: '2026-11-01T00:00:00Z',
  ...extra,
});

export const staleAttestation = (tenantId: string, observedAt = '2026-11-01T00:00:00Z'): EvidencePiece => ({
  tenantId,
  source: 'api',
  observedAt,
  agreements: [
    {
      type: 'MicrosoftCustomerAgreement',
      dateAgreed: '2022-06-15T00:00:00',
      primaryContact: { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@contoso.fr', phoneNumber: '+33 1 23 45 67 89' },
    },
  ],
  directAcceptance: false,
});

export const directAcceptance = (tenantId: string, observedAt = '2026-11-02T00:00:00Z'): EvidencePiece => ({
  tenantId,
  source: 'page',
  observedAt,
  directAcceptance: true,
});

export const invitation = (tenantId: string, at = '2026-11-03T10:00:00Z'): Omit<InvitationRecord, 'id'> => ({
  tenantId,
  companyName: 'Contoso',
  kind: 'accept-mca',
  locale: 'fr',
  via: 'eml',
  at,
});

export const attestation = (
  tenantId: string,
  requestId = 'req-1',
  at = '2026-11-04T10:00:00Z',
): Omit<AttestationRecord, 'id'> => ({
  tenantId,
  requestId,
  correlationId: 'corr-1',
  attestationId: 'att-1',
  signer: { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@contoso.fr' },
  result: 'linkgenerated',
  at,
});

export const auditRun = (id: string, startedAt = '2026-11-05T08:00:00Z'): AuditRunRecord => ({
  id,
  startedAt,
  finishedAt: '2026-11-05T08:30:00Z',
  state: 'finished',
  mode: 'per-customer',
  counts: { done: 2, failed: 1, total: 3, requests: 7 },
  failures: [{ tenantId: T3, status: 404, code: '60003', messageKey: 'errors.customer.notFound', retryable: false, attempts: 1 }],
});

/** The stores and indexes version 1 shipped with, made with raw IndexedDB. */
export function createVersion1Stores(db: IDBDatabase): {
  customers: IDBObjectStore;
  evidence: IDBObjectStore;
  invitations: IDBObjectStore;
} {
  const customers = db.createObjectStore('customers', { keyPath: 'tenantId' });
  customers.createIndex('byLastSeen', 'lastSeenAt');
  const evidence = db.createObjectStore('evidence', { keyPath: ['tenantId', 'source'] });
  evidence.createIndex('byTenant', 'tenantId');
  const invitations = db.createObjectStore('invitations', { keyPath: 'id', autoIncrement: true });
  invitations.createIndex('byTenant', 'tenantId');
  invitations.createIndex('byAt', 'at');
  return { customers, evidence, invitations };
}

export function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A raw connection at `version`, with version 1's stores when it creates the database. */
export function openVersion(version: number, build: (db: IDBDatabase) => void = createVersion1Stores): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, version);
  request.onupgradeneeded = () => build(request.result);
  return rawRequest(request);
}

/**
 * Exports `source` as it is, deletes it, and imports the file into a fresh database: what the source held, what the
 * import said and the database it filled.
 */
export async function exportThenImportFresh(source: RecordsDb, now: Date) {
  const file = await recordsJson(source, now);
  const expected = await readExportedRecords(source);
  source.close();
  await deleteDB(DB_NAME);
  const target = await freshDb();
  return { file, expected, target, result: await importRecords(target, file) };
}
