// The retention setting: records older than N days go, in one transaction. Attestations submitted stay (they are the
// trace of what was written to Partner Center in the partner's name), and so do customers that still have any record.
import { assessmentRecordOf } from './assessments';
import type { RecordsDb } from './db';
import { AUDIT_CHECKPOINT_KEY } from './types';
import { writeRecords } from './write';

export interface PurgeReport {
  evidence: number;
  assessments: number;
  invitations: number;
  auditRuns: number;
  customers: number;
}

const DAY_MS = 86_400_000;

interface DeletableCursor<T> {
  value: T;
  primaryKey: IDBValidKey;
  delete(): Promise<void>;
  continue(): Promise<DeletableCursor<T> | null>;
}

interface DatedIndex<T> {
  openCursor(range: IDBKeyRange): Promise<DeletableCursor<T> | null>;
}

/** Deletes every record the index dates before `cutoff` that `keep` does not hold back; returns their primary keys. */
async function deleteOlder<T>(
  index: DatedIndex<T>,
  cutoff: string,
  keep: (value: T) => boolean = () => false,
): Promise<IDBValidKey[]> {
  const deleted: IDBValidKey[] = [];
  let cursor = await index.openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    if (!keep(cursor.value)) {
      deleted.push(cursor.primaryKey);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  return deleted;
}

/** Removes evidence, assessments, invitations and audit runs older than `days` days (the running audit's run stays). */
export async function purgeOlderThan(db: RecordsDb, days: number, now: Date): Promise<PurgeReport> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be a positive whole number');
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return writeRecords(
    db,
    ['customers', 'evidence', 'assessments', 'invitations', 'attestations', 'auditRuns', 'auditCheckpoint', 'auditProgress'],
    async (transaction) => {
      const store = transaction.objectStore.bind(transaction);
      const running = (await store('auditCheckpoint').get(AUDIT_CHECKPOINT_KEY))?.runId;
      const evidence = await deleteOlder(store('evidence').index('byObservedAt'), cutoff);
      let assessments = (await deleteOlder(store('assessments').index('byAssessedAt'), cutoff)).length;
      // An assessment that rested on removed evidence is made again from what is left, or goes with it.
      for (const tenantId of new Set(evidence.map((key) => (key as [string, string])[0]))) {
        const stale = await store('assessments').get(tenantId);
        if (!stale) continue;
        const pieces = await store('evidence').index('byTenant').getAll(tenantId);
        if (pieces.length > 0) {
          await store('assessments').put(assessmentRecordOf(tenantId, pieces, now, stale.partnerRole));
        } else {
          await store('assessments').delete(tenantId);
          assessments += 1;
        }
      }
      const invitations = await deleteOlder(store('invitations').index('byAt'), cutoff);
      const runs = await deleteOlder(store('auditRuns').index('byStartedAt'), cutoff, (run) => run.id === running);
      for (const runId of runs) await store('auditProgress').delete(IDBKeyRange.bound([runId], [runId, []]));

      let customers = 0;
      let cursor = await store('customers').index('byLastSeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        const tenantId = cursor.value.tenantId;
        const left = await Promise.all([
          store('evidence').index('byTenant').count(tenantId),
          store('assessments').count(tenantId),
          store('invitations').index('byTenant').count(tenantId),
          store('attestations').index('byTenant').count(tenantId),
        ]);
        if (left.every((count) => count === 0)) {
          await cursor.delete();
          customers += 1;
        }
        cursor = await cursor.continue();
      }
      return { evidence: evidence.length, assessments, invitations: invitations.length, auditRuns: runs.length, customers };
    },
  );
}
