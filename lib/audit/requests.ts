import { AuditInterruption, CallFailure, classifyCallError } from './failures';
import type { RequestLimiter } from './types';

export interface RequesterOptions {
  limiter: RequestLimiter;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  offlineBackoffMs: readonly number[];
  onRequest: () => void;
}

/** A 429 is waited out this many times for one call before the call counts as failed (and is tried again at the end). */
const THROTTLED_RETRIES = 3;
/** Waits before a page that failed for a passing reason is asked again; the run stops after the last. */
const PAGE_BACKOFF_MS = [2_000, 8_000, 30_000];

/**
 * Every call of the audit goes through here: paced by the limiter, held back for everyone while Partner Center asks to
 * wait (429 Retry-After), repeated after a lost connection. Throws `CallFailure` for a failed call and
 * `AuditInterruption` when the run cannot go on (still offline, signed out).
 */
export function createRequester({ limiter, now, sleep, offlineBackoffMs, onRequest }: RequesterOptions) {
  let coolDownUntil = 0;

  async function slot(): Promise<void> {
    for (;;) {
      const wait = coolDownUntil - now();
      if (wait > 0) await sleep(wait);
      await limiter.acquire();
      // A 429 may have come in while this call waited for its turn.
      if (now() >= coolDownUntil) return;
    }
  }

  async function request<T>(call: () => Promise<T>): Promise<T> {
    let throttled = 0;
    let offline = 0;
    for (;;) {
      await slot();
      onRequest();
      try {
        return await call();
      } catch (error) {
        const outcome = classifyCallError(error);
        if (outcome.kind === 'throttled' && throttled < THROTTLED_RETRIES) {
          throttled += 1;
          coolDownUntil = Math.max(coolDownUntil, now() + outcome.retryAfterMs);
          continue;
        }
        const backoff = offlineBackoffMs[offline];
        if (outcome.kind === 'offline' && backoff !== undefined) {
          offline += 1;
          await sleep(backoff);
          continue;
        }
        if (outcome.kind === 'offline') throw new AuditInterruption('records.audit.interrupted.offline', outcome.detail);
        if (outcome.kind === 'signed-out') throw new AuditInterruption(outcome.detail.messageKey, outcome.detail);
        throw new CallFailure(outcome.detail);
      }
    }
  }

  /** A page: without it the run cannot go on, so a passing failure is tried again, then the run stops (resumable). */
  async function requestPage<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(call);
      } catch (error) {
        const backoff = PAGE_BACKOFF_MS[attempt];
        if (!(error instanceof CallFailure) || !error.detail.retryable || backoff === undefined) throw error;
        await sleep(backoff);
      }
    }
  }

  return { request, requestPage };
}
