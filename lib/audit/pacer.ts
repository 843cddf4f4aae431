import type { RequestLimiter } from './types';

export interface EvenPacerOptions {
  requestsPerMinute: number;
  /**
   * The share of the limit to use: a little under it, so that clock drift and latency never make Partner Center count one
   * too many, and the side panel's own calls still fit.
   */
  headroom?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_HEADROOM = 0.98;

/**
 * Spaces request starts evenly, one every minute / (limit × headroom), in arrival order: never a burst, whatever the
 * concurrency, so that any sliding minute Partner Center counts holds fewer than the limit.
 */
export function createEvenPacer({
  requestsPerMinute,
  headroom = DEFAULT_HEADROOM,
  now,
  sleep,
}: EvenPacerOptions): RequestLimiter {
  if (!(requestsPerMinute > 0)) throw new RangeError('requests per minute must be positive');
  if (!(headroom > 0 && headroom <= 1)) throw new RangeError('headroom must be in (0, 1]');
  const intervalMs = 60_000 / (requestsPerMinute * headroom);
  let nextSlot = Number.NEGATIVE_INFINITY;
  return {
    async acquire() {
      const time = now();
      const slot = Math.max(time, nextSlot);
      nextSlot = slot + intervalMs;
      if (slot > time) await sleep(slot - time);
    },
  };
}
