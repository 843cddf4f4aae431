import { describe, expect, it } from 'vitest';
import { PartnerCenterError } from '@/lib/partner-center/client';
import { fault, failure, json, scriptedFetch, testClient, TENANT } from './client-fakes';

const status = json(200, { isSigned: true });

describe('Partner Center client: retries', () => {
  it('429 with Retry-After waits at least that long, then succeeds with the same MS-RequestId', async () => {
    const { fetch, requests } = scriptedFetch(
      json(429, { statusCode: 429, message: 'Rate limit is exceeded.' }, { 'Retry-After': '7' }),
      status,
    );
    const { client, clock } = testClient(fetch);
    expect(await client.getDirectSignStatus(TENANT)).toEqual({ isSigned: true });
    expect(clock.sleeps).toEqual([7000]);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers['MS-RequestId']).toBe(requests[0]?.headers['MS-RequestId']);
  });

  it('429 without Retry-After backs off exponentially with jitter', async () => {
    const throttled = json(429, { statusCode: 429, message: 'Rate limit is exceeded.' });
    const { fetch, requests } = scriptedFetch(throttled, throttled, throttled, status);
    const { client, clock } = testClient(fetch, { random: () => 0 });
    await client.getDirectSignStatus(TENANT);
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
    expect(requests).toHaveLength(4);
  });

  it('429 whose body says how long to wait is honoured when the header is missing', async () => {
    const { fetch } = scriptedFetch(
      json(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' }),
      status,
    );
    const { client, clock } = testClient(fetch);
    await client.getDirectSignStatus(TENANT);
    expect(clock.sleeps).toEqual([57_000]);
  });

  it('429 asking for longer than the client waits ends at once with retryAfterSeconds', async () => {
    const { fetch, requests } = scriptedFetch(json(429, {}, { 'Retry-After': '3600' }), status);
    const { client, clock } = testClient(fetch);
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      status: 429,
      retryAfterSeconds: 3600,
      messageKey: 'errors.request.throttled',
      retryable: true,
    });
    expect(requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 5xx then a success: retried with the same MS-RequestId', async () => {
    const { fetch, requests } = scriptedFetch(json(503, {}), json(500, {}), status);
    const { client, clock } = testClient(fetch, { random: () => 1 });
    await client.getDirectSignStatus(TENANT);
    expect(requests.map((r) => r.headers['MS-RequestId'])).toEqual(Array(3).fill(requests[0]?.headers['MS-RequestId']));
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('a 5xx forever ends with the error after three retries, the delays capped', async () => {
    const { fetch, requests } = scriptedFetch(fault(502, '', 'bad gateway'));
    const { client, clock } = testClient(fetch, {
      random: () => 1,
      retry: { maxRetries: 5, baseDelayMs: 1000, maxDelayMs: 4000 },
    });
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 502, messageKey: 'errors.service.unavailable' });
    expect(requests).toHaveLength(6);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 4000, 4000]);
  });

  it('the default bound is three retries', async () => {
    const { fetch, requests } = scriptedFetch(json(500, {}));
    const { client } = testClient(fetch);
    await expect(client.getDirectSignStatus(TENANT)).rejects.toBeInstanceOf(PartnerCenterError);
    expect(requests).toHaveLength(4);
  });

  it('a network failure is retried, then reported as status 0 with the offline message', async () => {
    const { fetch, requests } = scriptedFetch(new TypeError('Failed to fetch'));
    const { client } = testClient(fetch);
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 0, code: 'network', messageKey: 'errors.service.offline', retryable: true });
    expect(requests).toHaveLength(4);
  });

  it('a network failure then a success succeeds', async () => {
    const { fetch } = scriptedFetch(new TypeError('Failed to fetch'), status);
    const { client } = testClient(fetch);
    expect(await client.getDirectSignStatus(TENANT)).toEqual({ isSigned: true });
  });

  it('a request that never answers is aborted by the timeout and retried with the same MS-RequestId', async () => {
    const hang = (_request: unknown, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const { fetch, requests } = scriptedFetch(hang, status);
    const timers: number[] = [];
    const { client } = testClient(fetch, {
      timeoutMs: 1234,
      setTimer: (ms, onTimeout) => {
        timers.push(ms);
        queueMicrotask(onTimeout);
        return () => undefined;
      },
    });
    expect(await client.getDirectSignStatus(TENANT)).toEqual({ isSigned: true });
    expect(timers[0]).toBe(1234);
    expect(requests[1]?.headers['MS-RequestId']).toBe(requests[0]?.headers['MS-RequestId']);
  });

  it('a request that keeps timing out ends with the timeout error', async () => {
    const hang = (_request: unknown, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const { fetch, requests } = scriptedFetch(hang);
    const { client } = testClient(fetch, { setTimer: (_ms, onTimeout) => (queueMicrotask(onTimeout), () => undefined) });
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 0, code: 'timeout', messageKey: 'errors.request.timeout' });
    expect(requests).toHaveLength(4);
  });

  it.each([
    [400, '800002'],
    [403, '900150'],
    [404, '60003'],
    [409, 'Conflict'],
    [501, ''],
  ])('%i is never retried', async (code, partnerCode) => {
    const { fetch, requests } = scriptedFetch(fault(code, partnerCode));
    const { client, clock } = testClient(fetch);
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error.status).toBe(code);
    expect(requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 5xx that Partner Center marks as not retryable is not retried', async () => {
    const { fetch, requests } = scriptedFetch(fault(500, '800003', 'x', { isRetryable: false }));
    const { client } = testClient(fetch);
    await expect(client.getDirectSignStatus(TENANT)).rejects.toMatchObject({ retryable: false });
    expect(requests).toHaveLength(1);
  });

  it('a 401 tells onUnauthorized which token failed, then retries once with a fresh token', async () => {
    const tokens = ['expired', 'fresh'];
    const refused: string[] = [];
    const { fetch, requests } = scriptedFetch(fault(401, '', 'token expired'), status);
    const { client } = testClient(fetch, {
      getAccessToken: async () => tokens[0] as string,
      onUnauthorized: (token) => {
        refused.push(token);
        tokens.shift();
      },
    });
    expect(await client.getDirectSignStatus(TENANT)).toEqual({ isSigned: true });
    expect(refused).toEqual(['expired']);
    expect(requests.map((r) => r.headers.Authorization)).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(requests[1]?.headers['MS-RequestId']).toBe(requests[0]?.headers['MS-RequestId']);
  });

  it('a second 401 ends with the error', async () => {
    const { fetch, requests } = scriptedFetch(fault(401, ''));
    const onUnauthorized = async () => undefined;
    const { client } = testClient(fetch, { onUnauthorized });
    await expect(client.getDirectSignStatus(TENANT)).rejects.toMatchObject({
      status: 401,
      messageKey: 'errors.auth.tokenExpired',
    });
    expect(requests).toHaveLength(2);
  });

  it('a 401 without onUnauthorized is not retried', async () => {
    const { fetch, requests } = scriptedFetch(fault(401, ''));
    const { client } = testClient(fetch);
    await expect(client.getDirectSignStatus(TENANT)).rejects.toMatchObject({ status: 401 });
    expect(requests).toHaveLength(1);
  });

  it('a 401 for missing MFA is not cured by a new token: no retry', async () => {
    let told = 0;
    const { fetch, requests } = scriptedFetch(fault(401, 900421, 'MFA required'));
    const { client } = testClient(fetch, { onUnauthorized: () => void (told += 1) });
    await expect(client.getDirectSignStatus(TENANT)).rejects.toMatchObject({
      code: '900421',
      messageKey: 'errors.auth.mfaRequired',
    });
    expect(requests).toHaveLength(1);
    expect(told).toBe(0);
  });
});
