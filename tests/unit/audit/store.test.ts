import { describe, expect, it } from 'vitest';
import { keepCustomerPage, listedCustomers } from '@/lib/audit/store';
import type { AuditProgressRecord } from '@/lib/records/types';
import { customerRecord } from '@/lib/records/customers';
import { freshDb } from '../support/records-db';

const RUN = 'run-1';
const TENANT = '00000000-0000-4000-8000-000000000001';
const AT = Date.parse('2026-11-20T09:00:00Z');

describe('a page of the customer list kept during a run', () => {
  it.each([
    { before: undefined, pending: true, after: 'listed' },
    { before: 'listed', pending: true, after: 'listed' },
    { before: 'done', pending: false, after: 'done' },
    { before: 'failed', pending: false, after: 'failed' },
  ] as const)(
    'a customer marked $before in this run is pending: $pending, and stays marked $after',
    async ({ before, pending, after }) => {
      const db = await freshDb();
      if (before) await db.put('auditProgress', { runId: RUN, tenantId: TENANT, outcome: before, at: '2026-11-20T08:00:00Z' });
      const customers = [{ id: TENANT, companyProfile: { companyName: 'Contoso', domain: 'contoso.onmicrosoft.com' } }];
      const kept = await keepCustomerPage(db, RUN, customers as never, AT);
      expect(kept.map((customer) => customer.id)).toEqual(pending ? [TENANT] : []);
      expect((await db.get('auditProgress', [RUN, TENANT]))?.outcome).toBe(after satisfies AuditProgressRecord['outcome']);
      expect((await customerRecord(db, TENANT))?.companyName).toBe('Contoso');
      expect(await listedCustomers(db, RUN)).toEqual(after === 'listed' ? [TENANT] : []);
    },
  );

  it('marks nothing for another run', async () => {
    const db = await freshDb();
    await db.put('auditProgress', { runId: 'run-0', tenantId: TENANT, outcome: 'done', at: '2026-11-20T08:00:00Z' });
    await keepCustomerPage(db, RUN, [{ id: TENANT, companyProfile: { companyName: 'Contoso' } }] as never, AT);
    expect(await listedCustomers(db, 'run-0')).toEqual([]);
    expect(await listedCustomers(db, RUN)).toEqual([TENANT]);
  });
});
