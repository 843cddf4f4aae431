// The statuses of the customers a Partner Center list shows, from the kept assessments only: no API call per row.
import { isAtRisk } from '../mca/risk';
import type { RecordsDb } from '../records/db';
import type { AssessmentRecord } from '../records/types';
import type { ListedStatus } from './list-chip';

export function listedStatusOf(record: AssessmentRecord): ListedStatus {
  const evidenceAt = record.evidence.reduce<string | undefined>(
    (newest, key) => (newest === undefined || key.observedAt > newest ? key.observedAt : newest),
    undefined,
  );
  return { status: record.status, atRisk: isAtRisk(record.assessment), ...(evidenceAt !== undefined && { evidenceAt }) };
}

/** What is known of each of these customers, in one read; customers never checked are left out. */
export async function listedStatuses(
  db: RecordsDb,
  tenantIds: readonly string[],
): Promise<(ListedStatus & { tenantId: string })[]> {
  const store = db.transaction('assessments').store;
  const records = await Promise.all(tenantIds.map((tenantId) => store.get(tenantId)));
  return records.flatMap((record) => (record ? [{ tenantId: record.tenantId, ...listedStatusOf(record) }] : []));
}
