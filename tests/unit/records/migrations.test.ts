import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openRecordsDb } from '@/lib/records/db';
import { RecordsError } from '@/lib/records/errors';
import { searchCustomers } from '@/lib/records/customers';
import { withNameKey } from '@/lib/records/name-key';
import { closeAfterTest } from '../support/records-db';
import { createVersion1Stores, directAcceptance, openVersion, rawRequest, staleAttestation, T1, T2 } from './support';

interface EarlierVersion {
  version: number;
  /** Creates the database as that version defined it and fills every store. */
  build(db: IDBDatabase): void;
  /** What must be found again after the upgrade. */
  expectKept(db: Awaited<ReturnType<typeof openRecordsDb>>): Promise<void>;
}

const V1_CUSTOMERS = [
  {
    tenantId: T1,
    companyName: 'Société Générale d’Études',
    country: 'FR',
    language: 'fr-FR',
    lastSeenAt: '2026-11-01T00:00:00Z',
  },
  { tenantId: T2, lastSeenAt: '2026-10-01T00:00:00Z' },
];
const V1_EVIDENCE = [staleAttestation(T1), directAcceptance(T1), staleAttestation(T2)];
const V1_INVITATIONS = [
  {
    tenantId: T1,
    companyName: 'Société Générale d’Études',
    kind: 'accept-mca',
    locale: 'fr',
    via: 'copy',
    at: '2026-11-01T10:00:00Z',
  },
  { kind: 'new-customer', locale: 'en', via: 'eml', at: '2026-11-02T10:00:00Z' },
];

const EARLIER_VERSIONS: EarlierVersion[] = [
  {
    version: 1,
    build(db) {
      const { customers, evidence, invitations } = createVersion1Stores(db);
      for (const record of V1_CUSTOMERS) customers.put(record);
      for (const record of V1_EVIDENCE) evidence.put(record);
      for (const record of V1_INVITATIONS) invitations.add(record);
    },
    async expectKept(db) {
      await expectEarlierRecordsKept(db);
    },
  },
  {
    version: 2,
    build(db) {
      createVersion2Layout(db);
    },
    expectKept: expectEarlierRecordsKept,
  },
  {
    version: 3,
    build(db) {
      createVersion2Layout(db, (customers) => customers.createIndex('bySearchKey', 'searchKeys', { multiEntry: true }));
    },
    expectKept: expectEarlierRecordsKept,
  },
];

/** Version 2's stores and records; `extend` adds what a later version changed on the customers store before they are written. */
function createVersion2Layout(db: IDBDatabase, extend?: (customers: IDBObjectStore) => void): void {
  const { customers, evidence, invitations } = createVersion1Stores(db);
  customers.createIndex('byName', 'nameKey');
  extend?.(customers);
  evidence.createIndex('byObservedAt', 'observedAt');
  const assessments = db.createObjectStore('assessments', { keyPath: 'tenantId' });
  for (const index of ['status', 'severity', 'assessedAt'])
    assessments.createIndex(`by${index[0]!.toUpperCase()}${index.slice(1)}`, index);
  const attestations = db.createObjectStore('attestations', { keyPath: 'id', autoIncrement: true });
  for (const index of ['tenantId', 'requestId', 'at'])
    attestations.createIndex(`by${index[0]!.toUpperCase()}${index.slice(1)}`, index);
  db.createObjectStore('auditRuns', { keyPath: 'id' }).createIndex('byStartedAt', 'startedAt');
  db.createObjectStore('auditCheckpoint', { keyPath: 'key' });
  db.createObjectStore('auditProgress', { keyPath: ['runId', 'tenantId'] }).createIndex('byRunOutcome', ['runId', 'outcome']);
  const version2Keys = (record: (typeof V1_CUSTOMERS)[number]) =>
    record.companyName
      ? { ...record, nameKey: record.companyName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() }
      : record;
  for (const record of V1_CUSTOMERS) customers.put(extend ? withNameKey(record) : version2Keys(record));
  for (const record of V1_EVIDENCE) evidence.put(record);
  for (const record of V1_INVITATIONS) invitations.add(record);
}

async function expectEarlierRecordsKept(db: Awaited<ReturnType<typeof openRecordsDb>>): Promise<void> {
  expect((await db.getAll('customers')).map(({ nameKey: _name, searchKeys: _search, ...customer }) => customer)).toEqual(
    [...V1_CUSTOMERS].sort((a, b) => a.tenantId.localeCompare(b.tenantId)),
  );
  expect(await db.getAll('evidence')).toEqual(
    [...V1_EVIDENCE].sort((a, b) => a.tenantId.localeCompare(b.tenantId) || a.source.localeCompare(b.source)),
  );
  expect(await db.getAll('invitations')).toEqual(V1_INVITATIONS.map((record, index) => ({ ...record, id: index + 1 })));
  expect(await db.getAllFromIndex('invitations', 'byTenant', T1)).toHaveLength(1);
  expect(await db.add('invitations', { kind: 'accept-mca', locale: 'en', via: 'copy', at: '2026-11-03T00:00:00Z' })).toBe(3);
}

/** Raw IndexedDB, so that each layout is the one that version shipped, not what the current migration code makes of it. */
async function createEarlierVersion({ version, build }: EarlierVersion): Promise<void> {
  (await openVersion(version, build)).close();
}

describe('schema migrations', () => {
  it('has a database of every earlier version to upgrade from', () => {
    expect(EARLIER_VERSIONS.map((earlier) => earlier.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(EARLIER_VERSIONS)(
    'upgrades a version $version database to the current one without losing a record',
    async (earlier) => {
      await createEarlierVersion(earlier);
      const db = closeAfterTest(await openRecordsDb());
      expect(db.version).toBe(DB_VERSION);
      await earlier.expectKept(db);
    },
  );

  it.each(EARLIER_VERSIONS)('gives version $version records what the new indexes need', async (earlier) => {
    await createEarlierVersion(earlier);
    const db = closeAfterTest(await openRecordsDb());
    expect((await searchCustomers(db, 'generale')).map((c) => c.tenantId)).toEqual([T1]);
    expect(await db.getAllKeysFromIndex('customers', 'bySearchKey', 'etudes')).toEqual([T1]);
    expect(
      await db.getAllKeysFromIndex('customers', 'byName', 'société générale d’études'.normalize('NFD').replace(/\p{M}/gu, '')),
    ).toEqual([T1]);
    expect(await db.countFromIndex('evidence', 'byObservedAt', IDBKeyRange.lowerBound(''))).toBe(V1_EVIDENCE.length);
    expect([...db.objectStoreNames].sort()).toEqual([
      'assessments',
      'attestations',
      'auditCheckpoint',
      'auditProgress',
      'auditRuns',
      'customers',
      'evidence',
      'invitations',
      'trackedAttestations',
    ]);
  });

  it('leaves a version 1 database as it was when the upgrade fails half-way', async () => {
    const broken = { tenantId: T2, companyName: 42, lastSeenAt: '2026-11-01T00:00:00Z' };
    await createEarlierVersion(EARLIER_VERSIONS[0]!);
    // A record no version ever wrote, that the name step cannot fold.
    const raw = await rawRequest(indexedDB.open(DB_NAME, 1));
    await new Promise<void>((resolve, reject) => {
      const transaction = raw.transaction('customers', 'readwrite');
      transaction.objectStore('customers').put(broken);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    raw.close();

    await expect(openRecordsDb()).rejects.toMatchObject({
      name: 'RecordsError',
      kind: 'upgrade-failed',
      messageKey: 'records.errors.upgradeFailed',
    });
    const after = await rawRequest(indexedDB.open(DB_NAME));
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames].sort()).toEqual(['customers', 'evidence', 'invitations']);
    const customers = await rawRequest(after.transaction('customers').objectStore('customers').getAll());
    expect(customers).toHaveLength(2);
    after.close();
  });

  it('refuses a database written by a newer version, changing nothing', async () => {
    (await rawRequest(indexedDB.open(DB_NAME, DB_VERSION + 1))).close();
    const error = await openRecordsDb().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordsError);
    expect(error).toMatchObject({ kind: 'newer-version', messageKey: 'records.errors.newerVersion' });
  });
});
