// When a failed request is sent again, and after how long (docs/partner-center-api.md §1.4): 429 waits for Retry-After;
// 408, 5xx (but 501), network failures and timeouts back off exponentially with jitter; a bounded number of times.

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After is not waited for: the error goes back to the caller, who may schedule the work later. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterSeconds: 120,
};

export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** `Retry-After` as seconds, whether sent as seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The throttling body says it in words when the header is missing: "Try again in 57 seconds." */
export function retryAfterFromMessage(message: string | undefined): number | undefined {
  const match = message && /try again in (\d+) seconds?/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Exponential backoff with equal jitter: half the delay is fixed, half random, so that clients do not retry in step. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** The wait before retry number `retry` (0 for the first): never shorter than what the server asked for. */
export function retryDelayMs(
  retry: number,
  retryAfterSeconds: number | undefined,
  policy: RetryPolicy,
  random: () => number,
): number {
  return Math.max((retryAfterSeconds ?? 0) * 1000, backoffDelayMs(retry, policy, random));
}
