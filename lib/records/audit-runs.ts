import type { RecordsDb } from './db';
import type { AuditCheckpoint, AuditRunRecord } from './types';
import { AUDIT_CHECKPOINT_KEY } from './types';

export function auditRun(db: RecordsDb, id: string): Promise<AuditRunRecord | undefined> {
  return db.get('auditRuns', id);
}

/** The latest runs, newest first. */
export async function recentAuditRuns(db: RecordsDb, limit = 20): Promise<AuditRunRecord[]> {
  const runs: AuditRunRecord[] = [];
  let cursor = await db.transaction('auditRuns').store.index('byStartedAt').openCursor(null, 'prev');
  while (cursor && runs.length < limit) {
    runs.push(cursor.value);
    cursor = await cursor.continue();
  }
  return runs;
}

/** The run left unfinished (stopped worker, closed browser, lost network), if any: the next audit resumes it. */
export function auditCheckpoint(db: RecordsDb): Promise<AuditCheckpoint | undefined> {
  return db.get('auditCheckpoint', AUDIT_CHECKPOINT_KEY);
}
