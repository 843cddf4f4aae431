import { afterAll } from 'vitest';

// Fake time for unit tests, of two kinds.

/**
 * A stepping clock: `sleep` returns at once and moves time on by the wait, and the waits are noted. For code that waits for
 * one thing at a time (a client's retries, a limiter's turns), where the test asserts the waits themselves.
 */
export function fakeClock(start = 0) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
    sleeps,
  };
}

// Virtual time, for work running side by side (the audit's tests): `sleep` only returns when the test moves time on, and time moves only when nothing else is
// left to do (IndexedDB work included), so a minute of audit takes milliseconds and every wait is exact.

interface Timer {
  at: number;
  order: number;
  wake: () => void;
}

// fake-indexeddb runs every step on setImmediate: counting the ones scheduled and not yet run tells when it is at rest.
const realSetImmediate = globalThis.setImmediate;
let pendingTasks = 0;
const countingSetImmediate = ((callback: (...args: unknown[]) => void, ...args: unknown[]) => {
  pendingTasks += 1;
  return realSetImmediate(() => {
    pendingTasks -= 1;
    callback(...args);
  });
}) as typeof setImmediate;
globalThis.setImmediate = countingSetImmediate;
afterAll(() => {
  globalThis.setImmediate = realSetImmediate;
});

const macrotask = () => new Promise<void>((resolve) => realSetImmediate(resolve));

/** Lets pending IndexedDB work and promise chains run until nothing is left but sleepers. */
async function settle(): Promise<void> {
  for (let quiet = 0; quiet < 2;) {
    await macrotask();
    quiet = pendingTasks === 0 ? quiet + 1 : 0;
  }
}

export function createVirtualTime(start = Date.parse('2026-11-20T09:00:00Z')) {
  let time = start;
  let order = 0;
  const timers: Timer[] = [];

  const now = () => time;
  const sleep = (ms: number) =>
    ms > 0 ? new Promise<void>((wake) => timers.push({ at: time + ms, order: order++, wake })) : Promise.resolve();

  /** Wakes the earliest sleeper, moving time to its hour; false when nobody sleeps. */
  function advance(): boolean {
    if (timers.length === 0) return false;
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = timers.shift() as Timer;
    time = Math.max(time, next.at);
    next.wake();
    return true;
  }

  /** Runs until the promise settles; fails if everything waits on something other than time. */
  async function run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => (settled = true));
    watched.catch(() => undefined);
    while (!settled) {
      await settle();
      if (settled) break;
      if (!advance()) throw new Error('stalled: nothing left to wait for but the promise has not settled');
    }
    return watched;
  }

  /** Runs until nothing moves any more (every task waits on something that never comes). */
  async function runUntilStill(): Promise<void> {
    for (;;) {
      await settle();
      if (!advance()) return;
    }
  }

  /** Moves time on by `ms`, waking every sleeper due by then in order. */
  async function pass(ms: number): Promise<void> {
    const until = time + ms;
    for (;;) {
      await settle();
      timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = timers[0];
      if (!next || next.at > until) break;
      advance();
    }
    time = until;
    await settle();
  }

  return {
    now,
    sleep,
    run,
    runUntilStill,
    pass,
    get pendingTimers() {
      return timers.length;
    },
  };
}

export type VirtualTime = ReturnType<typeof createVirtualTime>;
