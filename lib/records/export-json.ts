// Every record worth keeping, as one JSON file that `importRecords` reads back. The unfinished audit's checkpoint and
// progress marks are left out: they only mean something to the browser that was running it.
import type { EvidencePiece } from '../evidence/combine';
import { DB_VERSION, type RecordsDb } from './db';
import { withoutNameKey } from './name-key';
import type { AssessmentRecord, AttestationRecord, AuditRunRecord, CustomerRecord, InvitationRecord } from './types';

export const EXPORT_FORMAT = 'mca-assistant-records';
export const EXPORT_FORMAT_VERSION = 1;
export const EXPORTED_STORES = ['customers', 'evidence', 'assessments', 'attestations', 'invitations', 'auditRuns'] as const;
export type ExportedStore = (typeof EXPORTED_STORES)[number];

export interface ExportedRecords {
  customers: CustomerRecord[];
  evidence: EvidencePiece[];
  assessments: AssessmentRecord[];
  attestations: AttestationRecord[];
  invitations: InvitationRecord[];
  auditRuns: AuditRunRecord[];
}

export interface RecordsExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  /** The database version the records were read from. */
  schemaVersion: number;
  stores: ExportedRecords;
}

export async function readExportedRecords(db: RecordsDb): Promise<ExportedRecords> {
  const transaction = db.transaction([...EXPORTED_STORES]);
  const [customers, evidence, assessments, attestations, invitations, auditRuns] = await Promise.all([
    transaction.objectStore('customers').getAll(),
    transaction.objectStore('evidence').getAll(),
    transaction.objectStore('assessments').getAll(),
    transaction.objectStore('attestations').getAll(),
    transaction.objectStore('invitations').getAll(),
    transaction.objectStore('auditRuns').getAll(),
  ]);
  return { customers: customers.map(withoutNameKey), evidence, assessments, attestations, invitations, auditRuns };
}

const RECORDS_PER_PART = 1000;

/** The file as parts, a thousand records each, ready for `new Blob(parts)` without one huge string. */
export async function recordsJsonParts(db: RecordsDb, now: Date): Promise<string[]> {
  const stores = await readExportedRecords(db);
  const head = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: DB_VERSION,
  };
  const parts = [`${JSON.stringify(head).slice(0, -1)},"stores":{`];
  EXPORTED_STORES.forEach((store, index) => {
    const records: readonly unknown[] = stores[store];
    parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(store)}:[`);
    for (let start = 0; start < records.length; start += RECORDS_PER_PART) {
      const chunk = records.slice(start, start + RECORDS_PER_PART).map((record) => JSON.stringify(record));
      parts.push((start > 0 ? ',' : '') + chunk.join(','));
    }
    parts.push(']');
  });
  parts.push('}}');
  return parts;
}

export async function recordsJson(db: RecordsDb, now: Date): Promise<string> {
  return (await recordsJsonParts(db, now)).join('');
}
