// Keeps the partner under Partner Center's limit (500 requests a minute per tenant, docs/partner-center-api.md §1.4) so that
// long jobs do not provoke 429s. A sliding window, like the one Partner Center counts with: at most `limit` requests
// were started in any `windowMs`. Time comes from the injected clock and sleep, so tests run it in fake time.
import { tenantKey } from '../tenant/tenant-id';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export const PARTNER_CENTER_RATE_LIMIT: RateLimit = { limit: 500, windowMs: 60_000 };

export interface RateLimiterOptions extends RateLimit {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when one more request may start; callers are served in arrival order. */
  acquire(): Promise<void>;
}

export function createRateLimiter({ limit, windowMs, now, sleep }: RateLimiterOptions): RateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('rate limit must be a positive whole number');
  if (!(windowMs > 0)) throw new RangeError('rate limit window must be positive');
  // Start times of the requests in the current window, oldest first.
  const started: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  const take = async (): Promise<void> => {
    for (;;) {
      const time = now();
      while (started.length > 0 && (started[0] as number) <= time - windowMs) started.shift();
      if (started.length < limit) {
        started.push(time);
        return;
      }
      await sleep((started[0] as number) + windowMs - time);
    }
  };

  return {
    acquire() {
      const turn = queue.then(take);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

export interface TenantLimiters {
  /** The limiter of a partner tenant at this rate: the same one for every client of the tenant while the rate stays. */
  of(partnerTenant: string, rate: RateLimit): RateLimiter;
}

/**
 * Partner Center counts a partner tenant's requests together, whichever client sends them (the panel's reads, the audit,
 * the attestation's calls with the app-only token): each tenant gets one limiter, which all its clients share.
 */
export function createTenantLimiters(clock: Pick<RateLimiterOptions, 'now' | 'sleep'>): TenantLimiters {
  const limiters = new Map<string, { rate: RateLimit; limiter: RateLimiter }>();
  return {
    of(partnerTenant, rate) {
      const key = tenantKey(partnerTenant.trim());
      const known = limiters.get(key);
      if (known && known.rate.limit === rate.limit && known.rate.windowMs === rate.windowMs) return known.limiter;
      const limiter = createRateLimiter({ ...rate, ...clock });
      limiters.set(key, { rate, limiter });
      return limiter;
    },
  };
}
