import { describe, expect, it } from 'vitest';
import { assessmentOf } from '@/lib/records/assessments';
import { auditCheckpoint } from '@/lib/records/audit-runs';
import { customerRecord } from '@/lib/records/customers';
import { evidenceOf } from '@/lib/records/evidence';
import { expectedStatus, makeCustomers, tenantOf } from './fake-partner-center';
import { runToEnd, setUpAudit } from './support';

describe('audit, customer by customer', () => {
  it('checks every customer with two calls, keeps the evidence, the assessment and the name, and records the run', async () => {
    const setup = await setUpAudit({ customerCount: 10, feed: 'absent' });
    const run = await runToEnd(setup);

    expect(run).toMatchObject({
      id: 'run-1',
      state: 'finished',
      mode: 'per-customer',
      counts: { done: 10, failed: 0, total: 10 },
      failures: [],
    });
    expect(run.counts.requests).toBe(4 + 10 * 2);
    expect(run.finishedAt).toBeDefined();
    for (let i = 0; i < 10; i += 1) {
      const tenantId = tenantOf(i);
      expect(
        setup.partnerCenter
          .callsFor(tenantId)
          .map((call) => call.kind)
          .sort(),
      ).toEqual(['agreements', 'direct']);
      expect(await evidenceOf(setup.db, tenantId)).toEqual([
        expect.objectContaining({ source: 'api', directAcceptance: i % 4 === 3 }),
      ]);
      expect((await assessmentOf(setup.db, tenantId))?.status).toBe(expectedStatus(i));
      expect(await customerRecord(setup.db, tenantId)).toMatchObject({
        companyName: `Customer ${i}`,
        domain: expect.stringContaining('.onmicrosoft.com'),
      });
    }
    expect(await setup.db.get('auditRuns', 'run-1')).toEqual(run);
    expect(await auditCheckpoint(setup.db)).toBeUndefined();
    expect(await setup.db.count('auditProgress')).toBe(0);
  });

  it('keeps the signer of each agreement with the evidence, and never a null phone', async () => {
    const setup = await setUpAudit({ customerCount: 1, feed: 'absent' });
    await runToEnd(setup);
    const [piece] = await evidenceOf(setup.db, tenantOf(0));
    expect(piece?.agreements?.[0]?.primaryContact).toEqual({
      firstName: 'Élodie',
      lastName: 'Durand',
      email: 'elodie@example.fr',
    });
  });
});

describe('audit from the bulk feed', () => {
  it('reads the feed and the customer list for names at the same time, each once, and asks only for the customers the feed left out', async () => {
    const leftOut = new Set([4, 9]);
    const setup = await setUpAudit({ customers: makeCustomers(10, (i) => !leftOut.has(i)), feedPageSize: 4, pageSize: 3 });
    const run = await runToEnd(setup);

    expect(run).toMatchObject({ state: 'finished', mode: 'bulk-feed', counts: { done: 10, failed: 0, total: 10 } });
    const kinds = setup.partnerCenter.calls.map((call) => call.kind);
    expect(kinds.filter((kind) => kind === 'feed')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'customers')).toHaveLength(4);
    // The list is asked for before the feed's last page: the two go side by side within the one limit.
    expect(kinds.indexOf('customers')).toBeLessThan(kinds.lastIndexOf('feed'));
    // The customers the feed left out are asked for once both are read.
    const lastPage = Math.max(kinds.lastIndexOf('feed'), kinds.lastIndexOf('customers'));
    expect(kinds.slice(0, lastPage).filter((kind) => kind !== 'feed' && kind !== 'customers')).toEqual([]);
    expect(new Set(setup.partnerCenter.calls.flatMap((call) => (call.tenantId ? [call.tenantId] : [])))).toEqual(
      new Set([tenantOf(4), tenantOf(9)]),
    );
    for (let i = 0; i < 10; i += 1) {
      const [piece] = await evidenceOf(setup.db, tenantOf(i));
      expect(piece?.source).toBe(leftOut.has(i) ? 'api' : 'bulk-feed');
      expect((await assessmentOf(setup.db, tenantOf(i)))?.status).toBe(expectedStatus(i));
      expect((await customerRecord(setup.db, tenantOf(i)))?.companyName).toBe(`Customer ${i}`);
    }
  });

  it.each([403, 404, 501])('goes customer by customer when the feed answers %i on its first page', async (status) => {
    const setup = await setUpAudit({ customerCount: 5, feed: { refused: status } });
    const run = await runToEnd(setup);
    expect(run).toMatchObject({ state: 'finished', mode: 'per-customer', counts: { done: 5, failed: 0 } });
    expect(setup.partnerCenter.calls.filter((call) => call.kind === 'feed')).toHaveLength(1);
    expect((await evidenceOf(setup.db, tenantOf(0)))[0]?.source).toBe('api');
  });
});
