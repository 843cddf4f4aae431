import { describe, expect, it } from 'vitest';
import { findCustomers, type CustomerFinder } from '@/lib/status/customer-search';

const NOW = new Date('2026-11-23T00:00:00Z');
const A = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const B = '11111111-2222-4333-8444-555555555555';
const customer = (id: string, companyName: string) =>
  ({ id, companyProfile: { tenantId: id, domain: `${companyName}.onmicrosoft.com`, companyName } }) as never;
const known = [{ tenantId: A, companyName: 'Contoso', lastSeenAt: '2026-11-01T00:00:00Z' }];

function finder(calls: string[]): CustomerFinder {
  return {
    getCustomer: async (id) => {
      calls.push(`id ${id}`);
      if (id !== B) throw new Error('60003');
      return customer(B, 'Fabrikam');
    },
    customersStartingWith: async (field, prefix) => (
      calls.push(`${field === 'Domain' ? 'domain' : 'name'} ${prefix}`),
      [customer(A, 'Contoso'), customer(B, 'Contoso Two')]
    ),
  };
}

describe('findCustomers', () => {
  it('gives what is known when nobody is signed in', async () => {
    expect(await findCustomers('Contoso', known, null, NOW)).toEqual(known);
  });

  it('adds what Partner Center finds by name, without repeating a known customer', async () => {
    const calls: string[] = [];
    const found = await findCustomers(' Contoso ', known, finder(calls), NOW);
    expect(found.map((c) => c.tenantId)).toEqual([A, B]);
    expect(found[1]).toMatchObject({ companyName: 'Contoso Two', domain: 'Contoso Two.onmicrosoft.com' });
    expect(calls).toEqual(['name Contoso']);
  });

  it.each([
    ['contoso.onmicrosoft.com', 'domain contoso.onmicrosoft.com'],
    ['Example Inc.', 'name Example Inc.'],
    ['Contoso Ltd', 'name Contoso Ltd'],
  ])('asks Partner Center by domain or by name: %j', async (query, call) => {
    const calls: string[] = [];
    await findCustomers(query, [], finder(calls), NOW);
    expect(calls).toEqual([call]);
  });

  it.each([
    [B.toUpperCase(), [B]],
    ['99999999-2222-4333-8444-555555555555', []],
  ])('looks a full tenant id up by id: %s', async (query, expected) => {
    const calls: string[] = [];
    expect((await findCustomers(query, [], finder(calls), NOW)).map((c) => c.tenantId)).toEqual(expected);
    expect(calls).toEqual([`id ${query.toLowerCase()}`]);
  });
});
