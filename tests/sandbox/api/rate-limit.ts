// Throttling per partner tenant (docs/partner-center-api.md §1.4): a sliding window of one minute of the sandbox clock.
// A request over the limit is not counted; Retry-After says when the oldest counted request leaves the window.

const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly limitPerMinute: number) {}

  /** Counts the request and returns undefined, or returns the seconds to wait when the tenant is over its limit. */
  take(key: string, now: number): number | undefined {
    const recent = (this.windows.get(key) ?? []).filter((at) => at > now - WINDOW_MS && at <= now);
    this.windows.set(key, recent);
    const oldest = recent[0];
    if (recent.length >= this.limitPerMinute && oldest !== undefined)
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    recent.push(now);
    return undefined;
  }
}
