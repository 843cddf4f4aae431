import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditCheckpoint } from '@/lib/records/audit-runs';
import { evidenceOf } from '@/lib/records/evidence';
import { offline, pcError, tenantOf, type Call } from './fake-partner-center';
import { runToEnd, setUpAudit } from './support';

const T = (i: number) => tenantOf(i);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Fails the calls that match, the first `times` times they come (every time without `times`). */
function failing(match: (call: Call) => boolean, error: () => unknown, times = Number.POSITIVE_INFINITY) {
  let count = 0;
  return (call: Call) => (match(call) && count++ < times ? error() : undefined);
}

describe('audit failures', () => {
  it('waits out a lost connection and goes on without losing or failing a customer', async () => {
    let lostFrom = 0;
    const setup = await setUpAudit({
      customerCount: 9,
      feed: 'absent',
      fault: (call) => {
        if (call.n === 8) lostFrom = call.at;
        return lostFrom > 0 && call.at < lostFrom + 6_000 ? offline() : undefined;
      },
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 9, failed: 0 }, failures: [] });
    for (let i = 0; i < 9; i += 1) expect(await evidenceOf(setup.db, T(i))).toHaveLength(1);
  });

  it('stops when the connection stays lost, keeps its place, and resumes it later', async () => {
    let online = true;
    const setup = await setUpAudit({
      customerCount: 9,
      feed: 'absent',
      fault: (call) => (call.n >= 6 && !online ? offline() : undefined),
    });
    online = false;
    const stopped = await runToEnd(setup);
    expect(stopped).toMatchObject({
      state: 'interrupted',
      stoppedBy: { messageKey: 'records.audit.interrupted.offline', cause: { status: 0, code: 'network' } },
    });
    expect(stopped.counts.done).toBeLessThan(9);
    expect(await auditCheckpoint(setup.db)).toMatchObject({ runId: 'run-1', phase: 'customers' });

    online = true;
    const resumed = await runToEnd(setup);
    expect(resumed).toMatchObject({ id: 'run-1', state: 'finished', counts: { done: 9, failed: 0 } });
  });

  it('holds every request back for the Retry-After of a 429, then tries again', async () => {
    const setup = await setUpAudit({
      customerCount: 6,
      feed: 'absent',
      fault: failing(
        (call) => call.tenantId === T(2) && call.kind === 'agreements',
        () => pcError(429, '429', true, 'errors.request.throttled', 7),
        2,
      ),
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 6, failed: 0 } });
    const calls = setup.partnerCenter.calls;
    const throttledAt = calls.filter((call) => call.tenantId === T(2) && call.kind === 'agreements').map((call) => call.at);
    expect(throttledAt).toHaveLength(3);
    const firstThrottle = throttledAt[0] as number;
    // The 429 came back after the fake's 200 ms latency; nothing started in the 7 s after it.
    const answeredAt = firstThrottle + 200;
    expect(calls.filter((call) => call.at > answeredAt && call.at < answeredAt + 7_000)).toEqual([]);
  });

  it('keeps a customer that failed with a 5xx, tries it again once the others are done, and reports nothing when that works', async () => {
    const setup = await setUpAudit({
      customerCount: 8,
      feed: 'absent',
      fault: failing(
        (call) => (call.tenantId === T(2) || call.tenantId === T(5)) && call.kind === 'direct',
        () => pcError(503, '503', true, 'errors.service.unavailable'),
        2,
      ),
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 8, failed: 0 }, failures: [] });
    const calls = setup.partnerCenter.calls;
    const lastOfOthers = Math.max(
      ...calls.filter((call) => call.tenantId !== T(2) && call.tenantId !== T(5)).map((call) => call.n),
    );
    for (const tenantId of [T(2), T(5)]) {
      const tries = calls.filter((call) => call.tenantId === tenantId && call.kind === 'direct');
      expect(tries).toHaveLength(2);
      expect((tries[0] as Call).n).toBeLessThan(lastOfOthers);
      expect((tries[1] as Call).n).toBeGreaterThan(lastOfOthers);
    }
  });

  it('reports the customers that still fail: a passing failure after its second try, a lasting one after the first', async () => {
    const setup = await setUpAudit({
      customerCount: 8,
      feed: 'absent',
      fault: (call) =>
        call.tenantId === T(3)
          ? pcError(404, '60003', false, 'errors.customer.notFound')
          : call.tenantId === T(6) && call.kind === 'agreements'
            ? pcError(503, '503', true, 'errors.service.unavailable')
            : undefined,
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 6, failed: 2 } });
    expect(run.failures).toEqual(
      expect.arrayContaining([
        { tenantId: T(3), status: 404, code: '60003', messageKey: 'errors.customer.notFound', retryable: false, attempts: 1 },
        { tenantId: T(6), status: 503, code: '503', messageKey: 'errors.service.unavailable', retryable: true, attempts: 2 },
      ]),
    );
    expect(run.failures).toHaveLength(2);
    expect(setup.partnerCenter.callsFor(T(3)).filter((call) => call.kind === 'agreements')).toHaveLength(1);
    expect(setup.partnerCenter.callsFor(T(6)).filter((call) => call.kind === 'agreements')).toHaveLength(2);
    expect(await setup.db.get('auditRuns', 'run-1')).toEqual(run);
  });

  it('does not ask a customer whose agreements call failed for its direct-signing status: the check has failed either way', async () => {
    const setup = await setUpAudit({
      customerCount: 6,
      feed: 'absent',
      fault: failing(
        (call) => call.tenantId === T(3) && call.kind === 'agreements',
        () => pcError(500, '500', true),
      ),
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 5, failed: 1 } });
    const callsOf = (kind: string) => setup.partnerCenter.calls.filter((call) => call.tenantId === T(3) && call.kind === kind);
    expect(callsOf('agreements')).toHaveLength(2);
    expect(callsOf('direct')).toHaveLength(0);
    expect(setup.partnerCenter.calls.filter((call) => call.kind === 'direct')).toHaveLength(5);
  });

  it('counts a customer throttled on every try as failed, to be tried again at the end', async () => {
    const setup = await setUpAudit({
      customerCount: 3,
      feed: 'absent',
      fault: failing(
        (call) => call.tenantId === T(1) && call.kind === 'direct',
        () => pcError(429, '429', true, 'errors.request.throttled', 1),
        4,
      ),
    });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 3, failed: 0 } });
    expect(setup.partnerCenter.callsFor(T(1)).filter((call) => call.kind === 'direct')).toHaveLength(5);
  });

  it('stops, resumable, when the sign-in has expired, rather than failing every customer', async () => {
    let signedIn = false;
    const setup = await setUpAudit({
      customerCount: 6,
      feed: 'absent',
      fault: (call) => (call.n >= 4 && !signedIn ? pcError(401, '401', false, 'errors.auth.tokenExpired') : undefined),
    });
    const stopped = await runToEnd(setup);
    expect(stopped).toMatchObject({
      state: 'interrupted',
      stoppedBy: { messageKey: 'errors.auth.tokenExpired' },
      counts: { failed: 0 },
    });
    signedIn = true;
    expect(await runToEnd(setup)).toMatchObject({ state: 'finished', counts: { done: 6, failed: 0 } });
  });

  it('asks again for a page that failed for a passing reason', async () => {
    const setup = await setUpAudit({
      customerCount: 6,
      feed: 'absent',
      fault: failing(
        (call) => call.kind === 'customers' && call.token === 'page:3',
        () => pcError(500, '500', true),
        2,
      ),
    });
    expect(await runToEnd(setup)).toMatchObject({ state: 'finished', counts: { done: 6 } });
    expect(setup.partnerCenter.calls.filter((call) => call.token === 'page:3')).toHaveLength(3);
  });

  it('stops, resumable at that page, when a page keeps failing', async () => {
    let broken = true;
    const setup = await setUpAudit({
      customerCount: 6,
      feed: 'absent',
      fault: (call) => (broken && call.token === 'page:3' ? pcError(503, '503', true) : undefined),
    });
    const stopped = await runToEnd(setup);
    expect(stopped).toMatchObject({
      state: 'interrupted',
      stoppedBy: { messageKey: 'records.audit.interrupted.page' },
      counts: { done: 3 },
    });
    expect(await auditCheckpoint(setup.db)).toMatchObject({ pageToken: 'page:3' });
    broken = false;
    expect(await runToEnd(setup)).toMatchObject({ state: 'finished', counts: { done: 6 } });
    expect(setup.partnerCenter.calls.filter((call) => call.kind === 'customers' && call.token === null)).toHaveLength(1);
  });

  it('stops with the storage error when the disk is full, keeping its place, and resumes once there is room', async () => {
    const setup = await setUpAudit({ customerCount: 6, feed: 'absent' });
    const realPut = IDBObjectStore.prototype.put;
    let full = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (full && this.name === 'evidence') throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    setup.events.splice(0);
    const running = setup.start({ onProgress: (event) => (full ||= event.done >= 2) });
    const stopped = await setup.time.run(running);
    expect(stopped).toMatchObject({ state: 'failed', stoppedBy: { messageKey: 'records.errors.quota' } });
    expect(await auditCheckpoint(setup.db)).toMatchObject({ runId: 'run-1' });
    vi.restoreAllMocks();
    expect(await runToEnd(setup)).toMatchObject({ id: 'run-1', state: 'finished', counts: { done: 6, failed: 0 } });
  });

  it('refuses to start, with a RecordsError, when the records cannot be read', async () => {
    const setup = await setUpAudit({ customerCount: 2, feed: 'absent' });
    setup.db.close();
    await expect(setup.start()).rejects.toMatchObject({
      name: 'RecordsError',
      kind: 'read-failed',
      messageKey: 'records.errors.readFailed',
    });
  });
});
