// Reads back a JSON export: the whole file is checked first, and written in one transaction, so that a broken file or a
// failure half-way changes nothing.
import { z } from 'zod';
import type { AppMessage, AppMessageKey, Message } from '../i18n';
import type { RecordsDb } from './db';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORTED_STORES, type ExportedRecords, type ExportedStore } from './export-json';
import { importedStoreSchemas } from './import-schemas';
import { mergeRecords, type SkipReason } from './import-merge';
import { writeRecords } from './write';

export type StoreCounts = Record<ExportedStore, number>;

export interface ImportReport {
  added: StoreCounts;
  updated: StoreCounts;
  skipped: { store: ExportedStore; key: string; reason: SkipReason }[];
  /** Where the file is wrong (`stores.customers[3].tenantId`) and how. */
  invalid: { path: string; message: string }[];
}

export type ImportProblem = 'too-large' | 'not-json' | 'not-an-export' | 'unsupported-version' | 'invalid-records';

/** The largest file read: an export of 50,000 customers is a few tens of megabytes; a larger file would only stall the page. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

export type ImportResult =
  { ok: true; report: ImportReport } | { ok: false; problem: ImportProblem; message: AppMessage; report: ImportReport };

const zeroCounts = (): StoreCounts => Object.fromEntries(EXPORTED_STORES.map((store) => [store, 0])) as StoreCounts;
const emptyReport = (): ImportReport => ({ added: zeroCounts(), updated: zeroCounts(), skipped: [], invalid: [] });

const envelopeSchema = z.object({ format: z.literal(EXPORT_FORMAT), formatVersion: z.number() });
const storesSchema = z.object({
  stores: z.object(
    Object.fromEntries(EXPORTED_STORES.map((store) => [store, z.array(z.unknown()).default([])])) as Record<
      ExportedStore,
      z.ZodDefault<z.ZodArray<z.ZodUnknown>>
    >,
  ),
});

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${String(segment)}` : String(segment),
    '',
  );
}

function refused(problem: ImportProblem, key: AppMessageKey, report: ImportReport, params?: Message['params']): ImportResult {
  return { ok: false, problem, message: params ? { key, params } : { key }, report };
}

/** Every record checked against its store's schema; the invalid ones listed with their place in the file. */
function validate(stores: Record<ExportedStore, unknown[]>, report: ImportReport): ExportedRecords {
  const valid = Object.fromEntries(EXPORTED_STORES.map((store) => [store, [] as unknown[]])) as Record<ExportedStore, unknown[]>;
  for (const store of EXPORTED_STORES) {
    stores[store].forEach((record, index) => {
      const parsed = importedStoreSchemas[store].safeParse(record);
      if (parsed.success) valid[store].push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          report.invalid.push({ path: pathOf(['stores', store, index, ...issue.path]), message: issue.message });
    });
  }
  return valid as unknown as ExportedRecords;
}

/** The part of a `File` the import needs. */
export interface ImportFile {
  size: number;
  text(): Promise<string>;
}

/** Imports a file the person picked; one over the limit is refused, with its size, before a byte of it is read. */
export function importRecordsFile(db: RecordsDb, file: ImportFile): Promise<ImportResult> {
  if (file.size > IMPORT_MAX_BYTES) {
    const size = Math.ceil(file.size / MEGABYTE);
    return Promise.resolve(
      refused('too-large', 'records.import.tooLarge', emptyReport(), { size, limit: IMPORT_MAX_BYTES / MEGABYTE }),
    );
  }
  return file.text().then((text) => importRecords(db, text));
}

/**
 * Merges an export into the records (see import-merge.ts for how each store merges). A file that is not an export of a
 * supported version, or holds a single invalid record, is refused whole with the reason; nothing is written then.
 */
export async function importRecords(db: RecordsDb, text: string): Promise<ImportResult> {
  const report = emptyReport();
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return refused('not-json', 'records.import.notJson', report);
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return refused('not-an-export', 'records.import.notAnExport', report);
  if (envelope.data.formatVersion !== EXPORT_FORMAT_VERSION) {
    return refused('unsupported-version', 'records.import.unsupportedVersion', report, { version: envelope.data.formatVersion });
  }
  const stores = storesSchema.safeParse(data);
  if (!stores.success) {
    for (const issue of stores.error.issues) report.invalid.push({ path: pathOf(issue.path), message: issue.message });
    return refused('invalid-records', 'records.import.invalidRecords', report, { count: report.invalid.length });
  }
  const records = validate(stores.data.stores, report);
  if (report.invalid.length > 0)
    return refused('invalid-records', 'records.import.invalidRecords', report, { count: report.invalid.length });

  const steps = await writeRecords(db, [...EXPORTED_STORES], (transaction) =>
    mergeRecords(
      {
        customers: transaction.objectStore('customers'),
        evidence: transaction.objectStore('evidence'),
        assessments: transaction.objectStore('assessments'),
        attestations: transaction.objectStore('attestations'),
        invitations: transaction.objectStore('invitations'),
        auditRuns: transaction.objectStore('auditRuns'),
      },
      records,
    ),
  );
  for (const { store, key, outcome } of steps) {
    if (outcome === 'added') report.added[store] += 1;
    else if (outcome === 'updated') report.updated[store] += 1;
    else report.skipped.push({ store, key, reason: outcome.skipped });
  }
  return { ok: true, report };
}
