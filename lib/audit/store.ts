// What the audit keeps in the records, each step in one transaction: a customer's evidence and its "done" mark together,
// a feed page with the checkpoint that moves past it, so that a stop at any moment loses nothing and counts nothing twice.
import type { PartnerRole } from '../mca/types';
import type { Customer } from '../partner-center/schemas';
import { mergeCustomer, type CustomerUpdate } from '../records/customers';
import type { RecordsDb, RecordsStoreName } from '../records/db';
import { keepEvidenceIn, type EvidenceStores } from '../records/evidence';
import {
  AUDIT_CHECKPOINT_KEY,
  type AuditCheckpoint,
  type AuditFailure,
  type AuditProgressRecord,
  type AuditRunRecord,
} from '../records/types';
import { writeRecords, type WriteStore, type WriteTransaction } from '../records/write';
import type { EvidencePiece } from '../evidence/combine';
import { customerFieldsOf } from '../evidence/partner-center';
import { tenantKey } from '../tenant/tenant-id';

const runRange = (runId: string) => IDBKeyRange.bound([runId], [runId, []]);
const iso = (at: number) => new Date(at).toISOString();

export function loadCheckpoint(db: RecordsDb): Promise<AuditCheckpoint | undefined> {
  return db.get('auditCheckpoint', AUDIT_CHECKPOINT_KEY);
}

export function loadRun(db: RecordsDb, runId: string): Promise<AuditRunRecord | undefined> {
  return db.get('auditRuns', runId);
}

/** The run record and where the run stands, written together. */
export function saveRunAndCheckpoint(db: RecordsDb, run: AuditRunRecord, checkpoint: AuditCheckpoint): Promise<void> {
  return writeRecords(db, ['auditRuns', 'auditCheckpoint'], async (transaction) => {
    await transaction.objectStore('auditRuns').put(run);
    await transaction.objectStore('auditCheckpoint').put(checkpoint);
  });
}

export function saveRun(db: RecordsDb, run: AuditRunRecord): Promise<void> {
  return writeRecords(db, ['auditRuns'], async (transaction) => {
    await transaction.objectStore('auditRuns').put(run);
  });
}

export async function countOutcomes(db: RecordsDb, runId: string): Promise<{ done: number; failed: number }> {
  const index = db.transaction('auditProgress').store.index('byRunOutcome');
  const [done, failed] = await Promise.all([index.count([runId, 'done']), index.count([runId, 'failed'])]);
  return { done, failed };
}

export interface AuditedCustomer {
  runId: string;
  piece: EvidencePiece;
  customer?: Omit<CustomerUpdate, 'tenantId' | 'lastSeenAt'>;
  now: number;
  partnerRole?: PartnerRole;
}

type AuditedStores = EvidenceStores & { progress: WriteStore<'auditProgress'> };

const auditedStores = (
  transaction: WriteTransaction<['evidence', 'customers', 'assessments', 'auditProgress', ...RecordsStoreName[]]>,
): AuditedStores => ({
  evidence: transaction.objectStore('evidence'),
  customers: transaction.objectStore('customers'),
  assessments: transaction.objectStore('assessments'),
  progress: transaction.objectStore('auditProgress'),
});

async function keepAuditedIn(
  stores: AuditedStores,
  { runId, piece, customer, now, partnerRole }: AuditedCustomer,
): Promise<void> {
  await keepEvidenceIn(stores, piece, {
    now: new Date(now),
    ...(partnerRole !== undefined && { partnerRole }),
    ...(customer && { customer }),
  });
  const done: AuditProgressRecord = { runId, tenantId: piece.tenantId, outcome: 'done', at: iso(now) };
  await stores.progress.put(done);
}

/** The customer's evidence, assessment and "done in this run" mark, all or nothing. */
export function keepAuditedCustomer(db: RecordsDb, audited: AuditedCustomer): Promise<void> {
  return writeRecords(db, ['evidence', 'customers', 'assessments', 'auditProgress'], (transaction) =>
    keepAuditedIn(auditedStores(transaction), audited),
  );
}

export function keepCustomerFailure(db: RecordsDb, runId: string, failure: AuditFailure, now: number): Promise<void> {
  return writeRecords(db, ['auditProgress'], async (transaction) => {
    await transaction
      .objectStore('auditProgress')
      .put({ runId, tenantId: failure.tenantId, outcome: 'failed', failure, at: iso(now) });
  });
}

/** A whole feed page and the checkpoint past it, in one transaction. */
export function keepFeedPage(
  db: RecordsDb,
  pieces: readonly EvidencePiece[],
  context: { runId: string; now: number; partnerRole?: PartnerRole; run: AuditRunRecord; checkpoint: AuditCheckpoint },
): Promise<void> {
  const { run, checkpoint, ...audited } = context;
  return writeRecords(
    db,
    ['evidence', 'customers', 'assessments', 'auditProgress', 'auditCheckpoint', 'auditRuns'],
    async (transaction) => {
      const stores = auditedStores(transaction);
      // All customers' requests are issued at once: IndexedDB runs them in order, without a round trip between each.
      await Promise.all(pieces.map((piece) => keepAuditedIn(stores, { ...audited, piece })));
      await transaction.objectStore('auditCheckpoint').put(checkpoint);
      await transaction.objectStore('auditRuns').put(run);
    },
  );
}

/**
 * Notes the names of a page of customers and returns those not yet checked in this run, each marked `listed` until it is
 * (a feed page or a check overwrites the mark).
 */
export function keepCustomerPage(db: RecordsDb, runId: string, customers: readonly Customer[], now: number): Promise<Customer[]> {
  return writeRecords(db, ['customers', 'auditProgress'], async (transaction) => {
    const records = transaction.objectStore('customers');
    const progress = transaction.objectStore('auditProgress');
    const at = iso(now);
    // Issued all at once, as in keepFeedPage; the page's order is kept.
    const pending = await Promise.all(
      customers.map(async (customer) => {
        const tenantId = tenantKey(customer.id);
        const [known, outcome] = await Promise.all([records.get(tenantId), progress.get([runId, tenantId])]);
        await records.put(mergeCustomer(known, { ...customerFieldsOf(customer), tenantId, lastSeenAt: at }, 'api'));
        if (outcome === undefined) await progress.put({ runId, tenantId, outcome: 'listed', at });
        return outcome === undefined || outcome.outcome === 'listed';
      }),
    );
    return customers.filter((_, i) => pending[i]);
  });
}

/** Customers of the list not checked yet in this run: the names were read while the feed ran, and the feed left them out. */
export async function listedCustomers(db: RecordsDb, runId: string): Promise<string[]> {
  const entries = await db.getAllFromIndex('auditProgress', 'byRunOutcome', [runId, 'listed']);
  return entries.map((entry) => entry.tenantId);
}

const failuresIn = (entries: readonly AuditProgressRecord[]) =>
  entries.flatMap((entry) => (entry.failure ? [entry.failure] : []));

export async function failuresOf(db: RecordsDb, runId: string): Promise<AuditFailure[]> {
  return failuresIn(await db.getAllFromIndex('auditProgress', 'byRunOutcome', [runId, 'failed']));
}

/** Customers whose check failed for a reason that may pass, and that have not been tried again yet. */
export async function retryCandidates(db: RecordsDb, runId: string): Promise<AuditFailure[]> {
  return (await failuresOf(db, runId)).filter((failure) => failure.retryable && failure.attempts < 2);
}

/** Ends the run for good (finished or cancelled): its record with the failures, the checkpoint and progress marks gone. */
export function closeRun(db: RecordsDb, run: AuditRunRecord): Promise<AuditRunRecord> {
  return writeRecords(db, ['auditRuns', 'auditCheckpoint', 'auditProgress'], async (transaction) => {
    const progress = transaction.objectStore('auditProgress');
    const failed = await progress.index('byRunOutcome').getAll([run.id, 'failed']);
    const closed: AuditRunRecord = { ...run, failures: failuresIn(failed) };
    await transaction.objectStore('auditRuns').put(closed);
    await transaction.objectStore('auditCheckpoint').delete(AUDIT_CHECKPOINT_KEY);
    await progress.delete(runRange(run.id));
    return closed;
  });
}
