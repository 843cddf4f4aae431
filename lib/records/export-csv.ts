// The CSV export, one row per customer, for Excel: UTF-8 with a BOM, CRLF line ends, and no cell that a spreadsheet would
// run as a formula. Read and written in batches, so that 250,000 customers export in a few seconds: the stored assessments
// are used while they hold; only a customer without one, or whose one time has overtaken, is assessed again. Between
// batches the caller's `pause` lets the page draw and answer, so that a long export never freezes it.
import Papa from 'papaparse';
import type { AppMessageKey } from '../i18n';
import type { PartnerRole } from '../mca/types';
import { assessmentRecordOf } from './assessments';
import { isAssessmentCurrent } from './assessment-freshness';
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
  /** Customers read and written at a time: small enough that one batch never holds the page for long. */
  batchSize?: number;
  /** Awaited between batches, e.g. a macrotask so that the page stays responsive; none by default. */
  pause?: () => Promise<void>;
  /** Only these customers (a selection in the dashboard); all of them by default. */
  only?: ReadonlySet<string>;
}

const BOM = '\ufeff';
const CRLF = '\r\n';
/**
 * Cells a spreadsheet may run as a formula, which get a leading `'`: a formula sign (ASCII or full-width ＝ ＋ － ＠, which
 * some spreadsheets fold to ASCII) after any leading white space, and any cell starting with a tab or a line break. Papa's
 * own pattern misses most of these.
 */
export const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** Rows as CSV text for Excel: CRLF after every line, formula-leading cells neutralised. */
export function csvLines(rows: (string | number)[][], delimiter: ',' | ';' = ','): string {
  return Papa.unparse(rows, { delimiter, newline: CRLF, escapeFormulae: FORMULA_START }) + CRLF;
}

/** A whole CSV file for Excel, headings included in `rows`: a BOM so that it reads UTF-8, then the lines. */
export function csvFile(rows: (string | number)[][], delimiter: ',' | ';' = ','): string {
  return BOM + csvLines(rows, delimiter);
}

export function csvHeadings(translate: (key: AppMessageKey) => string): Record<CsvColumn, string> {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, translate(`records.csv.columns.${column}`)])) as Record<
    CsvColumn,
    string
  >;
}

/** The file as parts (BOM and headings first), ready for `new Blob(parts)`. */
export async function customersCsvParts(db: RecordsDb, options: CsvExportOptions): Promise<string[]> {
  const { now, partnerRole, delimiter = ',', batchSize = 500, pause } = options;
  const headings =
    options.headings ?? (Object.fromEntries(CSV_COLUMNS.map((column) => [column, column])) as Record<CsvColumn, string>);
  const parts = [csvFile([CSV_COLUMNS.map((column) => headings[column])], delimiter)];
  // The next batch is read while this one is written out: the browser reads the database as the page formats the rows.
  const readBatch = async (after: string | undefined) => {
    const transaction = db.transaction(['customers', 'assessments']);
    const customers = await transaction
      .objectStore('customers')
      .getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), batchSize);
    const first = customers[0]?.tenantId;
    const last = customers.at(-1)?.tenantId;
    if (first === undefined || last === undefined) return null;
    const assessments = await transaction.objectStore('assessments').getAll(IDBKeyRange.bound(first, last));
    return { customers, last, stored: new Map<string, AssessmentRecord>(assessments.map((record) => [record.tenantId, record])) };
  };
  let upcoming = readBatch(undefined);
  for (;;) {
    const batch = await upcoming;
    if (!batch) break;
    upcoming = batch.customers.length < batchSize ? Promise.resolve(null) : readBatch(batch.last);
    const rows: (string | number)[][] = [];
    for (const customer of batch.customers) {
      if (options.only && !options.only.has(customer.tenantId)) continue;
      const record = batch.stored.get(customer.tenantId);
      const current =
        record && isAssessmentCurrent(record, now, partnerRole)
          ? record
          : assessmentRecordOf(
              customer.tenantId,
              await db.getAllFromIndex('evidence', 'byTenant', customer.tenantId),
              now,
              partnerRole,
            );
      const row = csvRowOf(withoutNameKey(customer), current, now);
      rows.push(CSV_COLUMNS.map((column) => row[column]));
    }
    parts.push(csvLines(rows, delimiter));
    await pause?.();
  }
  return parts;
}

export async function customersCsv(db: RecordsDb, options: CsvExportOptions): Promise<string> {
  return (await customersCsvParts(db, options)).join('');
}
