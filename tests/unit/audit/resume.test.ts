import { describe, expect, it } from 'vitest';
import { runAudit } from '@/lib/audit/engine';
import { auditCheckpoint } from '@/lib/records/audit-runs';
import { evidenceOf } from '@/lib/records/evidence';
import { createFakePartnerCenter, makeCustomers, tenantOf, type FakeCustomer } from './fake-partner-center';
import { freshDb as openDb } from '../support/records-db';
import { createVirtualTime } from '../support/fake-time';

const COUNT = 7;

const MODES: { mode: string; customers: () => FakeCustomer[]; feed: 'absent' | 'offered' }[] = [
  { mode: 'per-customer', customers: () => makeCustomers(COUNT), feed: 'absent' },
  { mode: 'bulk-feed', customers: () => makeCustomers(COUNT, (i) => i !== 2 && i !== 5), feed: 'offered' },
];

interface Attempt {
  stopAfter?: number;
}

/** One browser session: opens the records, runs (or resumes) the audit until it ends or the worker "stops" after `stopAfter` calls. */
async function session(
  time: ReturnType<typeof createVirtualTime>,
  customers: FakeCustomer[],
  feed: 'absent' | 'offered',
  { stopAfter }: Attempt = {},
) {
  const db = await openDb();
  const partnerCenter = createFakePartnerCenter({ customers, time, feed, pageSize: 3, feedPageSize: 3 });
  if (stopAfter !== undefined) partnerCenter.hangFrom(stopAfter);
  const running = runAudit({
    db,
    api: partnerCenter.api,
    now: time.now,
    sleep: time.sleep,
    concurrency: 2,
    newRunId: () => 'run-1',
  });
  let run;
  if (stopAfter === undefined) run = await time.run(running);
  else await time.runUntilStill();
  // The worker is gone: its connection goes with it, whatever it was doing.
  db.close();
  return { partnerCenter, run };
}

async function doneTenants(): Promise<Set<string>> {
  const db = await openDb();
  const done = await db.getAllFromIndex('auditProgress', 'byRunOutcome', ['run-1', 'done']);
  db.close();
  return new Set(done.map((entry) => entry.tenantId));
}

describe('an audit stopped at any point resumes where it was', () => {
  it.each(MODES)(
    '$mode: after every possible number of calls, each customer is done exactly once',
    async ({ customers, feed }) => {
      const uninterrupted = await session(createVirtualTime(), customers(), feed);
      const totalCalls = uninterrupted.partnerCenter.calls.length;
      const { deleteDB } = await import('idb');
      await deleteDB('mca-assistant');

      for (let stopAfter = 0; stopAfter < totalCalls; stopAfter += 1) {
        const time = createVirtualTime();
        await session(time, customers(), feed, { stopAfter });
        const doneBeforeStop = await doneTenants();

        const resumed = await session(time, customers(), feed);
        expect(resumed.run, `stopped after ${stopAfter} calls`).toMatchObject({
          id: 'run-1',
          state: 'finished',
          counts: { done: COUNT, failed: 0 },
        });
        for (const tenantId of doneBeforeStop)
          expect(resumed.partnerCenter.callsFor(tenantId), `${tenantId} after ${stopAfter} calls`).toEqual([]);
        for (let i = 0; i < COUNT; i += 1) {
          expect(
            resumed.partnerCenter.callsFor(tenantOf(i)).length,
            `${tenantOf(i)} after ${stopAfter} calls`,
          ).toBeLessThanOrEqual(2);
        }
        const db = await openDb();
        for (let i = 0; i < COUNT; i += 1) expect(await evidenceOf(db, tenantOf(i))).toHaveLength(1);
        expect(await db.count('auditRuns')).toBe(1);
        expect(await auditCheckpoint(db)).toBeUndefined();
        db.close();
        await deleteDB('mca-assistant');
      }
    },
  );
});
