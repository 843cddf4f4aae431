// The CSV export, one row per customer, for Excel: UTF-8 with a BOM, CRLF line ends, and no cell that a spreadsheet would
// run as a formula. Read and written in batches, so that 50,000 customers export in a few seconds.
import Papa from 'papaparse';
import type { AppMessageKey } from '../i18n';
import type { PartnerRole } from '../mca/types';
import type { EvidencePiece } from '../status/evidence';
import { CSV_COLUMNS, csvRowOf, type CsvColumn } from './csv-row';
import type { RecordsDb } from './db';
import { withoutNameKey } from './name-key';
import type { AssessmentRecord } from './types';

export { CSV_COLUMNS, type CsvColumn } from './csv-row';

export interface CsvExportOptions {
  now: Date;
  partnerRole?: PartnerRole;
  /** Column headings, e.g. `csvHeadings(translator.t)`; by default the column names. */
  headings?: Record<CsvColumn, string>;
  /** `;` for spreadsheets set up for languages that write decimals with a comma. */
  delimiter?: ',' | ';';
  batchSize?: number;
}

const BOM = '\ufeff';
const CRLF = '\r\n';
// Papa's own pattern misses cells holding a line break; a spreadsheet would still run them.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvHeadings(translate: (key: AppMessageKey) => string): Record<CsvColumn, string> {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, translate(`records.csv.columns.${column}`)])) as Record<CsvColumn, string>;
}

function groupByTenant<T extends { tenantId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.tenantId);
    if (group) group.push(record);
    else groups.set(record.tenantId, [record]);
  }
  return groups;
}

/** The file as parts (BOM and headings first), ready for `new Blob(parts)`. */
export async function customersCsvParts(db: RecordsDb, options: CsvExportOptions): Promise<string[]> {
  const { now, partnerRole, delimiter = ',', batchSize = 2000 } = options;
  const headings = options.headings ?? (Object.fromEntries(CSV_COLUMNS.map((column) => [column, column])) as Record<CsvColumn, string>);
  const unparse = (rows: (string | number)[][]) => Papa.unparse(rows, { delimiter, newline: CRLF, escapeFormulae: FORMULA_START }) + CRLF;
  const parts = [BOM + unparse([CSV_COLUMNS.map((column) => headings[column])])];
  let after: string | undefined;
  for (;;) {
    const transaction = db.transaction(['customers', 'evidence', 'assessments']);
    const customers = await transaction.objectStore('customers').getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), batchSize);
    const first = customers[0]?.tenantId;
    const last = customers.at(-1)?.tenantId;
    if (first === undefined || last === undefined) break;
    const [evidence, assessments] = await Promise.all([
      transaction.objectStore('evidence').getAll(IDBKeyRange.bound([first], [last, []])),
      transaction.objectStore('assessments').getAll(IDBKeyRange.bound(first, last)),
    ]);
    const evidenceByTenant = groupByTenant<EvidencePiece>(evidence);
    const assessmentByTenant = new Map<string, AssessmentRecord>(assessments.map((record) => [record.tenantId, record]));
    const rows = customers.map((stored) => {
      const customer = withoutNameKey(stored);
      const row = csvRowOf(customer, evidenceByTenant.get(customer.tenantId) ?? [], assessmentByTenant.get(customer.tenantId), now, partnerRole);
      return CSV_COLUMNS.map((column) => row[column]);
    });
    parts.push(unparse(rows));
    if (customers.length < batchSize) break;
    after = last;
  }
  return parts;
}

export async function customersCsv(db: RecordsDb, options: CsvExportOptions): Promise<string> {
  return (await customersCsvParts(db, options)).join('');
}
