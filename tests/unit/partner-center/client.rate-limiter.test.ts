import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/partner-center/rate-limiter';
import { fakeClock } from '../support/fake-time';
import { json, scriptedFetch, testClient, TENANT } from './client-fakes';

/** The largest number of start times that fall within any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i += 1) {
    const start = times[i] as number;
    most = Math.max(most, times.filter((t) => t >= start && t < start + windowMs).length);
  }
  return most;
}

describe('rate limiter', () => {
  it('lets 500 requests through at once, then holds the 501st until the first leaves the minute', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 500, windowMs: 60_000, now: clock.now, sleep: clock.sleep });
    const started: number[] = [];
    for (let i = 0; i < 1200; i += 1) {
      await limiter.acquire();
      started.push(clock.now());
    }
    expect(started.slice(0, 500).every((t) => t === 0)).toBe(true);
    expect(started[500]).toBe(60_000);
    expect(started[1000]).toBe(120_000);
    expect(busiestWindow(started, 60_000)).toBe(500);
  });

  it('counts a sliding window, not fixed minutes', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    await limiter.acquire(); // t=0
    clock.advance(600);
    await limiter.acquire(); // t=600
    await limiter.acquire(); // waits until the first leaves: t=1000
    expect(clock.now()).toBe(1000);
    await limiter.acquire(); // waits until t=1600
    expect(clock.now()).toBe(1600);
    expect(clock.sleeps).toEqual([400, 600]);
  });

  it('serves concurrent callers in order without exceeding the limit', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const order: [number, number][] = [];
    await Promise.all(Array.from({ length: 10 }, (_, i) => limiter.acquire().then(() => order.push([i, clock.now()]))));
    expect(order.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(
      busiestWindow(
        order.map(([, t]) => t),
        1000,
      ),
    ).toBe(3);
  });

  it('never lets more than the limit start in any window, whatever the arrival pattern', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 60 }),
        async (limit, gaps) => {
          const clock = fakeClock();
          const limiter = createRateLimiter({ limit, windowMs: 1000, now: clock.now, sleep: clock.sleep });
          const started: number[] = [];
          for (const gap of gaps) {
            clock.advance(gap);
            await limiter.acquire();
            started.push(clock.now());
          }
          expect(busiestWindow(started, 1000)).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });

  it.each([
    [0, 1000],
    [1.5, 1000],
    [5, 0],
  ])('refuses limit %d per %d ms', (limit, windowMs) => {
    const clock = fakeClock();
    expect(() => createRateLimiter({ limit, windowMs, now: clock.now, sleep: clock.sleep })).toThrow(RangeError);
  });

  it('the client goes through the limiter for every request, retries included', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: true }));
    const clock = fakeClock();
    const { client } = testClient(fetch, { rateLimit: { limit: 3, windowMs: 60_000 }, now: clock.now, sleep: clock.sleep });
    const times: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await client.getDirectSignStatus(TENANT);
      times.push(clock.now());
    }
    expect(times).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000]);
    expect(requests).toHaveLength(7);
  });

  it("the client applies Partner Center's 500 a minute by default", async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: true }));
    const clock = fakeClock();
    const { client } = testClient(fetch, { rateLimit: undefined, now: clock.now, sleep: clock.sleep });
    await Promise.all(Array.from({ length: 501 }, () => client.getDirectSignStatus(TENANT)));
    expect(requests).toHaveLength(501);
    expect(clock.now()).toBe(60_000);
  });
});
