import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openRecordsDb } from '@/lib/records/db';
import { RecordsError } from '@/lib/records/errors';
import { evidenceOf, saveEvidence } from '@/lib/records/evidence';
import { importRecords } from '@/lib/records/import-json';
import { recordsJson } from '@/lib/records/export-json';
import { invitationsOf, recordInvitation } from '@/lib/records/invitations';
import { rememberCustomer } from '@/lib/records/customers';
import { closeAfterTest, freshDb } from '../support/records-db';
import { customer, invitation, openVersion, staleAttestation, T1, T2 } from './support';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

type WriteMethod = 'put' | 'add';
const realWrites = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };

/** Spies on put and add together; `fail` decides, for the n-th write (from 1), how it fails. */
function failWrite(n: number, fail: (store: IDBObjectStore, write: () => IDBRequest) => IDBRequest) {
  let calls = 0;
  for (const method of ['put', 'add'] as WriteMethod[]) {
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      const write = () => realWrites[method].apply(this, args);
      return calls === n ? fail(this, write) : write();
    });
  }
}

/** The n-th write fails the way a full disk makes it fail. */
const failures = {
  /** The call itself throws. */
  thrown: (n: number) =>
    failWrite(n, () => {
      throw quotaError();
    }),
  /** The browser accepts the call, then aborts the transaction with QuotaExceededError. */
  aborted: (n: number) =>
    failWrite(n, (store, write) => {
      const request = write();
      (store.transaction as IDBTransaction & { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    }),
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a full disk (QuotaExceededError)', () => {
  it.each(Object.entries(failures))(
    'a write that fails (%s) is a quota RecordsError and leaves nothing half-written',
    async (_how, failAt) => {
      const db = await freshDb();
      await rememberCustomer(db, customer(T1));
      failAt(2);
      // Evidence, then the customer, then the assessment: the second put fails.
      const error = await saveEvidence(db, staleAttestation(T1)).catch((caught: unknown) => caught);
      vi.restoreAllMocks();
      expect(error).toBeInstanceOf(RecordsError);
      expect(error).toMatchObject({ kind: 'quota', messageKey: 'records.errors.quota' });
      expect(await evidenceOf(db, T1)).toEqual([]);
      expect(await db.get('assessments', T1)).toBeUndefined();
      expect(await db.get('customers', T1)).toMatchObject({ lastSeenAt: customer(T1).lastSeenAt });
    },
  );

  it('an import that runs out of space half-way writes nothing', async () => {
    const source = await freshDb();
    await saveEvidence(source, staleAttestation(T1));
    await saveEvidence(source, staleAttestation(T2));
    const file = await recordsJson(source, new Date('2026-11-20T00:00:00Z'));
    source.close();
    await import('idb').then(({ deleteDB }) => deleteDB(DB_NAME));

    const db = await freshDb();
    failures.aborted(4);
    await expect(importRecords(db, file)).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    for (const store of ['customers', 'evidence', 'assessments'] as const) expect(await db.count(store)).toBe(0);
  });

  it('an add that fails keeps the other records and says why', async () => {
    const db = await freshDb();
    await recordInvitation(db, invitation(T1, '2026-11-01T00:00:00Z'));
    failures.thrown(1);
    await expect(recordInvitation(db, invitation(T1))).rejects.toMatchObject({ name: 'RecordsError', kind: 'quota' });
    vi.restoreAllMocks();
    expect(await invitationsOf(db, T1)).toHaveLength(1);
  });
});

describe('an upgrade blocked by another tab on the old version', () => {
  it('fails at once with a blocked RecordsError when nobody waits for it, and lets the old tab go on', async () => {
    const oldTab = await openVersion(1);
    oldTab.onversionchange = () => undefined; // an old page that does not let go
    const error = await openRecordsDb().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordsError);
    expect(error).toMatchObject({ kind: 'blocked', messageKey: 'records.errors.blocked' });
    expect(oldTab.version).toBe(1);
    oldTab.close();
  });

  it('tells the waiting page, then opens the new version once the old tab closes', async () => {
    const oldTab = await openVersion(1);
    const onBlocked = vi.fn();
    const opening = openRecordsDb({ onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledOnce());
    expect(onBlocked.mock.calls[0]?.[0]).toMatchObject({ kind: 'blocked', messageKey: 'records.errors.blocked' });
    oldTab.close();
    const db = closeAfterTest(await opening);
    expect(db.version).toBe(DB_VERSION);
  });

  it('closes its own connection when a newer version asks for the database', async () => {
    const onClosed = vi.fn();
    const current = await openRecordsDb({ onClosed });
    const newer = await openVersion(DB_VERSION + 1, () => undefined);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalledWith('upgrade');
    newer.close();
    expect(() => current.transaction('customers')).toThrow();
  });
});

describe('no IndexedDB (Firefox private windows)', () => {
  const unavailable = {
    'no indexedDB at all': () => vi.stubGlobal('indexedDB', undefined),
    'open throws InvalidStateError': () =>
      vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      }),
    'open fails with UnknownError': () =>
      vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        const request = {
          error: new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError'),
        } as IDBOpenDBRequest;
        const listeners: Record<string, (event: Event) => void> = {};
        Object.assign(request, {
          addEventListener: (type: string, listener: (event: Event) => void) => (listeners[type] = listener),
          removeEventListener: () => undefined,
        });
        setTimeout(() => listeners.error?.(new Event('error')));
        return request;
      }),
  };

  it.each(Object.entries(unavailable))('%s: an unavailable RecordsError with its message', async (_case, makeUnavailable) => {
    makeUnavailable();
    const error = await openRecordsDb().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordsError);
    expect(error).toMatchObject({ kind: 'unavailable', messageKey: 'records.errors.unavailable' });
  });
});
