import { describe, expect, it } from 'vitest';
import { createRateMeter } from '@/lib/audit/progress';
import { makeCustomers } from './fake-partner-center';
import { runToEnd, setUpAudit } from './support';
import { createVirtualTime } from '../support/fake-time';

describe('audit progress events', () => {
  it('count up to the total, with the pace over the last minute and a time left that shrinks to nothing', async () => {
    const setup = await setUpAudit({ customerCount: 300, feed: 'absent', pageSize: 100, latencyMs: 300 });
    const run = await runToEnd(setup);
    const { events } = setup;

    expect(events[0]).toMatchObject({
      runId: 'run-1',
      state: 'running',
      phase: 'customers',
      mode: 'per-customer',
      done: 0,
      failed: 0,
    });
    expect(events.at(-1)).toMatchObject({ state: 'finished', done: 300, failed: 0, total: 300, requests: run.counts.requests });
    for (let i = 1; i < events.length; i += 1)
      expect((events[i] as { done: number }).done).toBeGreaterThanOrEqual((events[i - 1] as { done: number }).done);

    // 500 requests a minute with 95 % headroom, two requests a customer: about 237 customers a minute.
    const settled = events.filter((event) => event.done >= 250 && event.state === 'running');
    for (const event of settled) {
      expect(event.ratePerMinute).toBeGreaterThan(0.9 * 237);
      expect(event.ratePerMinute).toBeLessThan(1.1 * 237);
      expect(event.etaMs).toBeCloseTo(((300 - event.done) / event.ratePerMinute) * 60_000, -3);
    }
    const etas = settled.map((event) => event.etaMs as number);
    expect(etas.at(-1)).toBeLessThan(etas[0] as number);
  });

  it('do not know the total while the feed is read, then take it from the customer list', async () => {
    const setup = await setUpAudit({ customers: makeCustomers(8), feedPageSize: 4, pageSize: 4 });
    await runToEnd(setup);
    const feedEvents = setup.events.filter((event) => event.phase === 'feed');
    expect(feedEvents.length).toBeGreaterThan(0);
    expect(feedEvents.every((event) => event.total === undefined && event.etaMs === undefined)).toBe(true);
    expect(setup.events.find((event) => event.phase === 'feed' && event.done === 4)).toMatchObject({ mode: 'bulk-feed' });
    expect(setup.events.at(-1)).toMatchObject({ state: 'finished', total: 8, done: 8 });
  });
});

describe('rate meter', () => {
  it('measures over the time so far in the first minute, then over the last minute only', async () => {
    const time = createVirtualTime();
    const meter = createRateMeter(time.now);
    expect(meter.ratePerMinute()).toBe(0);
    expect(meter.etaMs(10)).toBeUndefined();
    await time.pass(30_000);
    meter.finished(10);
    expect(meter.ratePerMinute()).toBe(20);
    expect(meter.etaMs(20)).toBe(60_000);
    await time.pass(60_000);
    meter.finished(5);
    expect(meter.ratePerMinute()).toBe(5);
    expect(meter.etaMs(-3)).toBe(0);
  });
});
