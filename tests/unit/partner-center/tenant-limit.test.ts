import { describe, expect, it } from 'vitest';
import { auditApiOf } from '@/lib/audit/client-api';
import { runAudit } from '@/lib/audit/engine';
import { createAuditControl } from '@/lib/audit/control';
import { createPartnerCenterClient, type PartnerCenterClientOptions } from '@/lib/partner-center/client';
import { createTenantLimiters, type RateLimit } from '@/lib/partner-center/rate-limiter';
import { freshDb } from '../support/records-db';
import { createVirtualTime, type VirtualTime } from '../support/fake-time';
import { customer, json } from './client-fakes';

// The panel's reads, an audit and an attestation being watched, all for one partner tenant, on virtual time: Partner Center
// counts them together, so in no sliding minute may they start more requests than the tenant's limit.

const RATE: RateLimit = { limit: 60, windowMs: 60_000 };
const CUSTOMERS = 40;
const PANEL_READS = 30;
const STATUS_CHECKS = 20;

/** A Partner Center that answers at once and notes when each request started. */
function fakePartnerCenter(time: VirtualTime) {
  const started: { at: number; path: string; token: string }[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const headers = (init.headers ?? {}) as Record<string, string>;
    started.push({ at: time.now(), path: url.pathname, token: headers.Authorization ?? '' });
    if (url.pathname === '/v1/customers') {
      const items = Array.from({ length: CUSTOMERS }, (_, index) => customer(index + 1));
      return json(200, {
        totalCount: CUSTOMERS,
        items,
        links: { self: { uri: '/customers', method: 'GET', headers: [] } },
        attributes: { objectType: 'Collection' },
      });
    }
    if (url.pathname.endsWith('/agreements'))
      return json(200, { totalCount: 0, items: [], attributes: { objectType: 'Collection' } });
    if (url.pathname.endsWith('/directSignedMicrosoftCustomerAgreementStatus')) return json(200, { isSigned: false });
    if (url.pathname.startsWith('/v1/attestations/enhanced/')) {
      return json(200, {
        attestationId: 'att-1',
        customerTenantId: customer(1).id,
        status: 'LinkGenerated',
        acceptanceUrl: 'https://example.test/accept/att-1',
        linkExpiresAt: '2026-11-21T09:00:00',
        createdAt: '2026-11-20T09:00:00',
      });
    }
    return json(404, { code: '404', description: `no route ${url.pathname}` });
  };
  return { fetch, started };
}

/** The most requests started in any window of the limit's length (a request and one a full window later are not in one). */
function busiestWindow(starts: readonly number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let busiest = 0;
  for (let last = 0, first = 0; last < sorted.length; last += 1) {
    while ((sorted[first] as number) <= (sorted[last] as number) - windowMs) first += 1;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}

type Use = 'panel' | 'audit' | 'attestation';

/** Runs the three together; `limiting` gives each client its limit, on the test's time. */
async function runTogether(limiting: (time: VirtualTime) => (use: Use) => Partial<PartnerCenterClientOptions>) {
  const time = createVirtualTime();
  const limiterOf = limiting(time);
  const partnerCenter = fakePartnerCenter(time);
  const common: PartnerCenterClientOptions = {
    baseUrl: 'https://api.partnercenter.microsoft.com',
    getAccessToken: async () => 'delegated-token',
    fetch: partnerCenter.fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0.5,
    setTimer: () => () => undefined,
  };
  const panel = createPartnerCenterClient({ ...common, ...limiterOf('panel') });
  const auditClient = createPartnerCenterClient({ ...common, ...limiterOf('audit'), retry: { maxRetries: 0 } });
  const attestation = createPartnerCenterClient({
    ...common,
    ...limiterOf('attestation'),
    getAppOnlyToken: async () => 'app-token',
  });
  const db = await freshDb();

  const audit = runAudit(
    // Customer by customer (no bulk feed): two calls a customer, the audit's heaviest use of the limit.
    {
      db,
      api: { ...auditApiOf(auditClient), agreementRecordsPage: undefined },
      now: time.now,
      sleep: time.sleep,
      requestsPerMinute: RATE.limit,
    },
    createAuditControl(),
  );
  const panelReads = (async () => {
    for (let read = 0; read < PANEL_READS; read += 1) {
      await panel.getDirectSignStatus(customer((read % CUSTOMERS) + 1).id);
      await time.sleep(1_000);
    }
  })();
  const watcher = (async () => {
    for (let check = 0; check < STATUS_CHECKS; check += 1) {
      await attestation.getAttestationStatus('att-1');
      await time.sleep(2_000);
    }
  })();
  const [run] = await time.run(Promise.all([audit, panelReads, watcher]));
  return { run, started: partnerCenter.started };
}

describe('one rate limit per partner tenant', () => {
  // Each client asks for its tenant's limiter as the background does, the tenant written in its own way.
  const tenantAs: Record<Use, string> = {
    panel: 'contoso.onmicrosoft.com',
    audit: 'Contoso.onmicrosoft.com',
    attestation: ' CONTOSO.onmicrosoft.com ',
  };

  it('the panel, the audit and an attestation watcher together never start more requests in a minute than the limit', async () => {
    const { run, started } = await runTogether((time) => {
      const limiters = createTenantLimiters({ now: time.now, sleep: time.sleep });
      return (use) => ({ rateLimiter: limiters.of(tenantAs[use], RATE) });
    });
    expect(run.state).toBe('finished');
    expect(run.counts.failed).toBe(0);
    expect(started.filter((request) => request.path.endsWith('/agreements'))).toHaveLength(CUSTOMERS);
    expect(started.filter((request) => request.path.endsWith('/directSignedMicrosoftCustomerAgreementStatus'))).toHaveLength(
      CUSTOMERS + PANEL_READS,
    );
    expect(started.filter((request) => request.token === 'Bearer app-token')).toHaveLength(STATUS_CHECKS);
    // The limit is used to the full, and never passed.
    expect(
      busiestWindow(
        started.map((request) => request.at),
        RATE.windowMs,
      ),
    ).toBe(RATE.limit);
  });

  it('with a limiter per client instead, the same work passes the limit', async () => {
    const { started } = await runTogether(() => () => ({ rateLimit: RATE }));
    expect(
      busiestWindow(
        started.map((request) => request.at),
        RATE.windowMs,
      ),
    ).toBeGreaterThan(RATE.limit);
  });

  it('a tenant keeps its limiter while the rate stays, and gets a new one when the rate changes', () => {
    const limiters = createTenantLimiters({ now: () => 0, sleep: async () => undefined });
    const first = limiters.of('contoso.onmicrosoft.com', RATE);
    expect(limiters.of('CONTOSO.onmicrosoft.com', { ...RATE })).toBe(first);
    expect(limiters.of('fabrikam.onmicrosoft.com', RATE)).not.toBe(first);
    const faster = limiters.of('contoso.onmicrosoft.com', { ...RATE, limit: 120 });
    expect(faster).not.toBe(first);
    expect(limiters.of('contoso.onmicrosoft.com', { ...RATE, limit: 120 })).toBe(faster);
  });
});
