// The schema, one step per version: step n turns a version n-1 database into version n, inside the upgrade transaction,
// so that a failed step aborts the upgrade and leaves the database as it was. A shipped step is never edited.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { withNameKey } from './name-key';
import type { CustomerRecord } from './types';

type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: UpgradeDb, transaction: UpgradeTransaction) => void | Promise<void>;

function toVersion1(db: UpgradeDb): void {
  const customers = db.createObjectStore('customers', { keyPath: 'tenantId' });
  customers.createIndex('byLastSeen', 'lastSeenAt');
  const evidence = db.createObjectStore('evidence', { keyPath: ['tenantId', 'source'] });
  evidence.createIndex('byTenant', 'tenantId');
  const invitations = db.createObjectStore('invitations', { keyPath: 'id', autoIncrement: true });
  invitations.createIndex('byTenant', 'tenantId');
  invitations.createIndex('byAt', 'at');
}

/** Assessments, attestations and audits; indexes for name search and for purging by age. */
async function toVersion2(db: UpgradeDb, transaction: UpgradeTransaction): Promise<void> {
  const assessments = db.createObjectStore('assessments', { keyPath: 'tenantId' });
  assessments.createIndex('byStatus', 'status');
  assessments.createIndex('bySeverity', 'severity');
  assessments.createIndex('byAssessedAt', 'assessedAt');

  const attestations = db.createObjectStore('attestations', { keyPath: 'id', autoIncrement: true });
  attestations.createIndex('byTenant', 'tenantId');
  attestations.createIndex('byRequestId', 'requestId');
  attestations.createIndex('byAt', 'at');

  const auditRuns = db.createObjectStore('auditRuns', { keyPath: 'id' });
  auditRuns.createIndex('byStartedAt', 'startedAt');
  db.createObjectStore('auditCheckpoint', { keyPath: 'key' });
  const auditProgress = db.createObjectStore('auditProgress', { keyPath: ['runId', 'tenantId'] });
  auditProgress.createIndex('byRunOutcome', ['runId', 'outcome']);

  transaction.objectStore('evidence').createIndex('byObservedAt', 'observedAt');
  const customers = transaction.objectStore('customers');
  customers.createIndex('byName', 'nameKey');
  let cursor = await customers.openCursor();
  while (cursor) {
    const customer = cursor.value as CustomerRecord;
    if (customer.companyName) await cursor.update(withNameKey(customer));
    cursor = await cursor.continue();
  }
}

/** Customer search by the start of any word of the name, or by domain: a multi-entry index of both, folded. */
async function toVersion3(_db: UpgradeDb, transaction: UpgradeTransaction): Promise<void> {
  const customers = transaction.objectStore('customers');
  customers.createIndex('bySearchKey', 'searchKeys', { multiEntry: true });
  let cursor = await customers.openCursor();
  while (cursor) {
    const customer = cursor.value as CustomerRecord;
    if (customer.companyName || customer.domain) await cursor.update(withNameKey(customer));
    cursor = await cursor.continue();
  }
}

/** Attestations followed to their agreement, one record per attestation id. */
function toVersion4(db: UpgradeDb): void {
  const tracked = db.createObjectStore('trackedAttestations', { keyPath: 'attestationId' });
  tracked.createIndex('byTenant', 'tenantId');
  tracked.createIndex('byState', 'state');
  tracked.createIndex('byLinkExpiresAt', 'linkExpiresAt');
}

/** `MIGRATIONS[n - 1]` makes version n. */
export const MIGRATIONS: readonly Migration[] = [toVersion1, toVersion2, toVersion3, toVersion4];

export async function migrate(
  db: UpgradeDb,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version += 1) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new RangeError(`no migration to version ${version}`);
    await step(db, transaction);
  }
}
