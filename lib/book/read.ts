import { recentAuditRuns } from '../records/audit-runs';
import type { RecordsDb } from '../records/db';
import type { AuditRunRecord } from '../records/types';
import { bookTotals, buildRows, sortAtRiskFirst, type BookRow, type BookTotals } from './rows';

export interface RecordedBook {
  /** Every customer recorded, at risk first. */
  rows: BookRow[];
  totals: BookTotals;
  /** The latest audits, newest first. */
  runs: AuditRunRecord[];
}

/** The customer book as the records hold it now, with the latest audits. */
export async function readBook(db: RecordsDb): Promise<RecordedBook> {
  const [customers, assessments, runs] = await Promise.all([
    db.getAll('customers'),
    db.getAll('assessments'),
    recentAuditRuns(db),
  ]);
  const rows = sortAtRiskFirst(buildRows(customers, assessments));
  return { rows, totals: bookTotals(rows), runs };
}
