import { describe, expect, it } from 'vitest';
import { busiestWindow, runToEnd, setUpAudit } from './support';

/** The quietest full minute between the first request and the last minute of the run. */
function quietestMinute(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const last = sorted.at(-1) as number;
  let least = Number.POSITIVE_INFINITY;
  for (const start of sorted) {
    if (start + 60_000 > last) break;
    least = Math.min(least, sorted.filter((at) => at >= start && at < start + 60_000).length);
  }
  return least;
}

describe('audit pace', () => {
  it.each([
    { limit: 500, customers: 500 },
    { limit: 120, customers: 150 },
  ])(
    'stays under $limit requests in every sliding minute, near it in every minute, without a burst or a 429',
    async ({ limit, customers }) => {
      const setup = await setUpAudit(
        { customerCount: customers, feed: 'absent', pageSize: 100, latencyMs: 300, limitPerMinute: limit },
        { requestsPerMinute: limit, concurrency: 6 },
      );
      const run = await runToEnd(setup);
      expect(run.state).toBe('finished');
      const times = setup.partnerCenter.calls.map((call) => call.at);
      expect(setup.partnerCenter.throttled).toBe(0);
      expect(busiestWindow(times)).toBeLessThanOrEqual(limit);
      expect(quietestMinute(times)).toBeGreaterThanOrEqual(0.9 * limit);
      expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(Math.ceil(limit / 60) + 1);
    },
  );

  it.each([1, 4, 8])('keeps at most %i customers in flight, and uses them all', async (concurrency) => {
    const setup = await setUpAudit({ customerCount: 24, feed: 'absent', pageSize: 24, latencyMs: 2_000 }, { concurrency });
    await runToEnd(setup);
    expect(setup.partnerCenter.maxInFlight).toBe(concurrency);
  });

  it('asks for the next page of customers while the current page is checked, so the checks never wait for it', async () => {
    const setup = await setUpAudit({ customerCount: 30, feed: 'absent', pageSize: 10, latencyMs: 300 }, { concurrency: 4 });
    const run = await runToEnd(setup);
    expect(run.state).toBe('finished');
    const { calls } = setup.partnerCenter;
    const secondPage = calls.findIndex((call) => call.kind === 'customers' && call.token === 'page:10');
    const firstCheck = calls.findIndex((call) => call.kind === 'agreements');
    expect(secondPage).toBeGreaterThan(0);
    expect(secondPage).toBeLessThan(firstCheck);
    expect(calls.filter((call) => call.kind === 'customers')).toHaveLength(3);
    expect(new Set(calls.filter((call) => call.kind === 'agreements').map((call) => call.tenantId)).size).toBe(30);
  });
});
