import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  parseRetryAfter,
  retryAfterFromMessage,
  retryDelayMs,
} from '@/lib/partner-center/retry';

describe('retry policy', () => {
  it.each([
    [0, true],
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
  ])('status %i retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });

  it.each([
    ['7', 7],
    [' 120 ', 120],
    ['1.2', 2],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('Retry-After %j is %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(seconds);
  });

  it('reads the wait from the throttling message', () => {
    expect(retryAfterFromMessage('Rate limit is exceeded. Try again in 57 seconds.')).toBe(57);
    expect(retryAfterFromMessage('Rate limit is exceeded.')).toBeUndefined();
    expect(retryAfterFromMessage(undefined)).toBeUndefined();
  });

  it('doubles from the base, capped, with jitter between half and all of it', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0))).toEqual([500, 1000, 2000, 2500, 2500]);
  });

  it('never waits less than Retry-After', () => {
    expect(retryDelayMs(0, 10, DEFAULT_RETRY_POLICY, () => 1)).toBe(10_000);
    expect(retryDelayMs(3, 1, DEFAULT_RETRY_POLICY, () => 1)).toBe(8000);
  });
});
