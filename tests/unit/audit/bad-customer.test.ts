// The audit never sticks on one bad customer: a malformed item of a page is that customer's failure, and a run that keeps
// being resumed without getting further stops as `stuck` instead of retrying every minute forever.
import { describe, expect, it } from 'vitest';
import { MAX_RESUMES_WITHOUT_PROGRESS } from '@/lib/audit/engine';
import { auditCheckpoint } from '@/lib/records/audit-runs';
import { customer, json, testClient, scriptedFetch } from '../partner-center/client-fakes';
import { offline, tenantOf } from './fake-partner-center';
import { runToEnd, setUpAudit } from './support';

describe('a customer whose list entry Partner Center sends malformed (domain null)', () => {
  it('the client keeps the rest of the page and names the customer, the field and the reason', async () => {
    const bad = { ...customer(2), companyProfile: { ...customer(2).companyProfile, domain: null } };
    const page = {
      totalCount: 3,
      items: [customer(1), bad, customer(3)],
      links: { self: { uri: '/customers', method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    };
    const { fetch } = scriptedFetch(json(200, page));
    const read = await testClient(fetch).client.customersPage(null);
    expect(read.customers.map((c) => c.id)).toEqual([customer(1).id, customer(3).id]);
    expect(read.malformed).toEqual([{ id: customer(2).id, field: 'companyProfile.domain', reason: expect.any(String) }]);
  });

  it('the audit records it as that customer’s failure with the field and the reason, and checks every other customer', async () => {
    const setup = await setUpAudit({ customerCount: 6, feed: 'absent' });
    const api = setup.partnerCenter.api;
    const bad = tenantOf(4);
    const customersPage = api.customersPage.bind(api);
    api.customersPage = async (token) => {
      const page = await customersPage(token);
      const items = page.items.filter((item) => item.id !== bad);
      return items.length === page.items.length
        ? page
        : { ...page, items, malformed: [{ id: bad, field: 'companyProfile.domain', reason: 'expected string, received null' }] };
    };
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 5, failed: 1 } });
    expect(run.failures).toEqual([
      expect.objectContaining({
        tenantId: bad,
        messageKey: 'records.audit.failure.malformed',
        detail: 'companyProfile.domain: expected string, received null',
        retryable: false,
      }),
    ]);
  });
});

describe('a run resumed again and again without getting further', () => {
  it(`stops as stuck after ${MAX_RESUMES_WITHOUT_PROGRESS} resumes, keeps its place, and goes on when the person tries again`, async () => {
    let online = true;
    const setup = await setUpAudit({
      customerCount: 9,
      feed: 'absent',
      fault: (call) => (call.n >= 6 && !online ? offline() : undefined),
    });
    online = false;
    expect((await runToEnd(setup)).state).toBe('interrupted');
    const states: string[] = [];
    for (let resume = 0; resume <= MAX_RESUMES_WITHOUT_PROGRESS; resume += 1) states.push((await runToEnd(setup)).state);
    expect(states).toEqual([...Array<string>(MAX_RESUMES_WITHOUT_PROGRESS).fill('interrupted'), 'stuck']);
    const callsWhenStuck = setup.partnerCenter.calls.length;
    // The resume alarm finds it stuck: nothing is asked of Partner Center.
    expect(await runToEnd(setup)).toMatchObject({ state: 'stuck', stoppedBy: { messageKey: 'records.audit.stuck' } });
    expect(setup.partnerCenter.calls).toHaveLength(callsWhenStuck);
    expect(setup.events.at(-1)).toMatchObject({ state: 'stuck' });
    expect(await auditCheckpoint(setup.db)).toMatchObject({ runId: 'run-1' });

    online = true;
    expect(await runToEnd(setup, { resumedByUser: true })).toMatchObject({
      id: 'run-1',
      state: 'finished',
      counts: { done: 9, failed: 0 },
    });
  });
});
