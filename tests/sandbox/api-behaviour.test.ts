import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agreementSchema, apiErrorSchema, customerCollectionSchema, throttledResponseSchema } from '@/lib/partner-center/schemas';
import { MCA_TEMPLATE_ID } from './data/agreement-templates';
import type { SandboxCustomer } from './data/types';
import type { Sandbox } from './server';
import { EXTENSION_ORIGIN, callApi, errorCode, signIn, startTestSandbox } from './test-support';

describe('authentication of API calls', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ customers: 30 });
  });
  afterAll(() => sandbox.close());

  it('answers 401 800001 without a token', async () => {
    const answer = await callApi(sandbox, undefined, '/v1/customers');
    expect(answer.status).toBe(401);
    expect(apiErrorSchema.parse(answer.body).code).toBe('800001');
  });

  it('answers 401 for a token it did not sign', async () => {
    const other = await startTestSandbox({ customers: 1 });
    const foreign = (await signIn(other)).accessToken;
    await other.close();
    for (const token of [foreign, 'not.a.jwt', `${foreign.slice(0, -4)}AAAA`]) {
      const answer = await callApi(sandbox, token, '/v1/customers');
      expect(answer.status).toBe(401);
      expect(errorCode(answer)).toBe('400');
    }
  });

  it('answers 401 once the token has expired on the sandbox clock', async () => {
    const { accessToken } = await signIn(sandbox);
    expect((await callApi(sandbox, accessToken, '/v1/customers')).status).toBe(200);
    sandbox.clock.advance(3_600_000);
    const answer = await callApi(sandbox, accessToken, '/v1/customers');
    expect(answer.status).toBe(401);
    expect(apiErrorSchema.parse(answer.body).description).toContain('expired');
    expect(answer.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('accepts App+User without MFA before 2026-04-01 and answers 401 900421 from then on', async () => {
    sandbox.clock.set('2026-03-31T23:00:00Z');
    const before = (await signIn(sandbox, 'no-mfa')).accessToken;
    expect((await callApi(sandbox, before, '/v1/customers')).status).toBe(200);
    sandbox.clock.set('2026-04-01T00:00:00Z');
    const after = (await signIn(sandbox, 'no-mfa')).accessToken;
    const answer = await callApi(sandbox, after, '/v1/customers');
    expect(answer.status).toBe(401);
    expect(errorCode(answer)).toBe('900421');
    expect((await callApi(sandbox, (await signIn(sandbox, 'admin-agent')).accessToken, '/v1/customers')).status).toBe(200);
  });

  it('echoes MS-RequestId and MS-CorrelationId, and makes them up when absent', async () => {
    const { accessToken } = await signIn(sandbox);
    const sent = await callApi(sandbox, accessToken, '/v1/customers', {
      headers: { 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'corr-1' },
    });
    expect(sent.headers.get('ms-requestid')).toBe('req-1');
    expect(sent.headers.get('ms-correlationid')).toBe('corr-1');
    const made = await callApi(sandbox, undefined, '/v1/customers');
    expect(made.headers.get('ms-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get('ms-correlationid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows extension origins through CORS, and only them', async () => {
    const preflight = await fetch(`${sandbox.url}/v1/customers`, {
      method: 'OPTIONS',
      headers: {
        Origin: EXTENSION_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,ms-requestid',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('MS-RequestId');
    const from = async (origin: string) =>
      (await callApi(sandbox, undefined, '/v1/customers', { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      );
    expect(await from(EXTENSION_ORIGIN)).toBe(EXTENSION_ORIGIN);
    expect(await from('https://evil.example')).toBeNull();
  });

  it('answers 404 for an unknown path and 405 for a wrong method', async () => {
    const { accessToken } = await signIn(sandbox);
    expect((await callApi(sandbox, accessToken, '/v1/nothing-here')).status).toBe(404);
    expect((await callApi(sandbox, accessToken, '/v1/agreements', { method: 'POST', body: {} })).status).toBe(405);
  });
});

describe('throttling', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('answers 429 with Retry-After past the per-minute limit of a partner tenant (sliding window)', async () => {
    sandbox = await startTestSandbox({ customers: 5, rateLimitPerMinute: 5 });
    const [admin, reseller] = await Promise.all([signIn(sandbox, 'admin-agent'), signIn(sandbox, 'indirect-reseller')]);
    for (let i = 0; i < 5; i++) {
      expect((await callApi(sandbox, admin.accessToken, '/v1/customers')).status).toBe(200);
      sandbox.clock.advance(10_000);
    }
    const throttled = await callApi(sandbox, admin.accessToken, '/v1/customers');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('10');
    expect(throttledResponseSchema.parse(throttled.body).message).toBe('Rate limit is exceeded. Try again in 10 seconds.');
    expect((await callApi(sandbox, reseller.accessToken, '/v1/customers')).status).toBe(200);
    sandbox.clock.advance(10_000);
    expect((await callApi(sandbox, admin.accessToken, '/v1/customers')).status).toBe(200);
  });
});

describe('idempotent writes', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('returns the first answer to a write retried with the same MS-RequestId instead of writing twice', async () => {
    sandbox = await startTestSandbox({ customers: 30 });
    const { accessToken } = await signIn(sandbox);
    const customer = sandbox.store.findCustomer({ status: 'none' }) as SandboxCustomer;
    const body = {
      primaryContact: { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.com' },
      dateAgreed: '2025-06-01T00:00:00',
      templateId: MCA_TEMPLATE_ID,
      type: 'MicrosoftCustomerAgreement',
    };
    const path = `/v1/customers/${customer.tenantId}/agreements`;
    const headers = { 'MS-RequestId': '7f1c3a52-0d4e-4b8a-9c61-2e5f7a9b0c13' };
    const first = await callApi(sandbox, accessToken, path, { body, headers });
    const retry = await callApi(sandbox, accessToken, path, { body, headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(agreementSchema.parse(retry.body)).toEqual(agreementSchema.parse(first.body));
    expect(customer.agreements).toHaveLength(1);
    const fresh = await callApi(sandbox, accessToken, path, { body });
    expect(errorCode(fresh)).toBe('600061');
  });
});

describe('injected latency and faults', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('delays every API answer by --latency-ms', async () => {
    sandbox = await startTestSandbox({ customers: 5, latencyMs: 120 });
    const { accessToken } = await signIn(sandbox);
    const started = performance.now();
    expect((await callApi(sandbox, accessToken, '/v1/customers')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  async function statuses(options: { seed: number; faultRate: number }, count: number): Promise<number[]> {
    sandbox = await startTestSandbox({ customers: 5, ...options });
    const { accessToken } = await signIn(sandbox);
    const seen: number[] = [];
    for (let i = 0; i < count; i++) seen.push((await callApi(sandbox, accessToken, '/v1/customers?size=1')).status);
    await sandbox.close();
    return seen;
  }

  it('fails a seeded, repeatable share of calls with a 5xx', async () => {
    const first = await statuses({ seed: 9, faultRate: 0.5 }, 24);
    const again = await statuses({ seed: 9, faultRate: 0.5 }, 24);
    const other = await statuses({ seed: 10, faultRate: 0.5 }, 24);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.filter((status) => status >= 500).length).toBeGreaterThan(4);
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(4);
    expect(new Set(first.filter((status) => status >= 500))).toEqual(new Set([500, 503]));
    sandbox = await startTestSandbox({ customers: 5, faultRate: 1 });
    const { accessToken } = await signIn(sandbox);
    const answer = await callApi(sandbox, accessToken, '/v1/customers');
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(apiErrorSchema.parse(answer.body).code).toBe('800003');
  });
});

describe('the whole origin', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('serves the API, sign-in and /_sandbox first, then the Partner Center pages, then 404', async () => {
    sandbox = await startTestSandbox({ customers: 12, portal: true });
    expect((await fetch(`${sandbox.url}/_sandbox/health`)).status).toBe(200);
    const state = (await (await fetch(`${sandbox.url}/_sandbox/state`)).json()) as {
      customers: number;
      customersByStatus: Record<string, number>;
    };
    expect(state.customers).toBe(12);
    expect(Object.values(state.customersByStatus).reduce((sum, count) => sum + count, 0)).toBe(12);
    const home = await fetch(`${sandbox.url}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect((await fetch(`${sandbox.url}/no/such/page`)).status).toBe(404);
    const { accessToken } = await signIn(sandbox);
    customerCollectionSchema.parse((await callApi(sandbox, accessToken, '/v1/customers')).body);
  });
});
