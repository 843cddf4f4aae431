import { describe, expect, it } from 'vitest';
import { INDIRECT_RESELLER_TENANT_ID } from './auth/users';
import { customerTenantId, generateCustomer, generateCustomers } from './data/generator';
import { CUSTOMER_STATUSES, EXPECTED_MCA_STATUS, customerStatus } from './data/statuses';
import { SandboxStore, createPortalDeps } from './data/store';
import { customerCollectionSchema } from '@/lib/partner-center/schemas';
import { startSandbox } from './server';
import { callApi, signIn } from './test-support';

describe('generated customers', () => {
  it('are the same for the same seed, and differ for another seed', () => {
    const first = generateCustomers(1, 200);
    const again = generateCustomers(1, 200);
    const other = generateCustomers(2, 200);
    expect(again).toEqual(first);
    expect(other[0]?.tenantId).not.toBe(first[0]?.tenantId);
    expect(other.at(-1)?.tenantId).not.toBe(first.at(-1)?.tenantId);
    expect(other.at(-1)?.companyName).not.toBe(first.at(-1)?.companyName);
  });

  it('do not depend on how many are generated', () => {
    expect(generateCustomers(7, 500)[321]).toEqual(generateCustomer(7, 321));
    expect(generateCustomers(7, 30)).toEqual(generateCustomers(7, 500).slice(0, 30));
  });

  it.each([1, 2, 42])('cover every status in English and in French with seed %i and 200 customers', (seed) => {
    const store = SandboxStore.generate(seed, 200);
    for (const status of CUSTOMER_STATUSES) {
      expect(store.findCustomer({ status, language: 'en' }), `${status} en`).toBeDefined();
      expect(store.findCustomer({ status, language: 'fr' }), `${status} fr`).toBeDefined();
      expect(store.findCustomer({ status, reseller: INDIRECT_RESELLER_TENANT_ID }), `${status} reseller`).toBeDefined();
    }
    expect(Object.keys(EXPECTED_MCA_STATUS).sort()).toEqual([...CUSTOMER_STATUSES].sort());
  });

  it('include both sides of the 2023-04-01 cut-off to the second', () => {
    const store = SandboxStore.generate(3, 40);
    const dates = store.customers().flatMap((customer) => customer.agreements.map((agreement) => agreement.dateAgreed));
    expect(dates).toContain('2023-03-31T23:59:59');
    expect(dates).toContain('2023-04-01T00:00:00');
  });

  it('speak several languages in several countries, with awkward company names', () => {
    const customers = generateCustomers(1, 200);
    const countries = new Set(customers.map((customer) => customer.country));
    for (const country of ['FR', 'CA', 'BE', 'CH', 'US', 'GB', 'DE']) expect(countries, country).toContain(country);
    expect(customers.some((customer) => customer.country === 'CA' && customer.language === 'fr-FR')).toBe(true);
    expect(customers.some((customer) => customer.country === 'BE' && customer.language === 'nl-NL')).toBe(true);
    const names = customers.map((customer) => customer.companyName);
    expect(names).toContain('Société Générale d\'Études <Test> "SA"');
    expect(names.some((name) => /[<>]/.test(name) && /"/.test(name) && /'/.test(name))).toBe(true);
    expect(customers.some((customer) => customer.associatedPartnerId !== undefined)).toBe(true);
    expect(new Set(customers.map((customer) => customer.epochUnit))).toEqual(new Set(['seconds', 'milliseconds']));
    expect(new Set(customers.map((customer) => customer.tenantId)).size).toBe(200);
  });

  it('keep several attestations of one customer distinct (Partner Center would refuse a duplicate)', () => {
    for (const customer of generateCustomers(5, 300)) {
      const keys = customer.agreements.map((a) => `${a.type}|${a.firstName}|${a.lastName}|${a.email}|${a.phoneNumber ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('give the pages the same customers as the API', () => {
    const store = SandboxStore.generate(1, 50);
    const deps = createPortalDeps(store);
    const someone = store.customers()[10];
    expect(deps.customers()).toHaveLength(50);
    expect(deps.customer(someone?.tenantId.toUpperCase() ?? '')).toBe(someone);
  });

  it('read the status back from the records, so that an attestation moves a customer', () => {
    const store = SandboxStore.generate(1, 40);
    const customer = store.findCustomer({ status: 'attestation-stale' });
    if (!customer) throw new Error('no stale customer');
    store.addAgreement(customer, { ...customer.agreements.at(-1)!, dateAgreed: '2025-01-01T00:00:00', email: 'new@example.com' });
    expect(customerStatus(customer)).toBe('attestations-latest-current');
  });
});

describe('start-up', () => {
  it('starts with 50,000 customers in under 2 seconds', async () => {
    const started = performance.now();
    const sandbox = await startSandbox({ port: 0, portal: false, customers: 50_000 });
    const elapsed = performance.now() - started;
    try {
      expect(elapsed).toBeLessThan(2000);
      expect(sandbox.store.size).toBe(50_000);
      const last = sandbox.store.customer(customerTenantId(1, 49_999));
      expect(last).toEqual(generateCustomer(1, 49_999));
      const { accessToken } = await signIn(sandbox);
      const firstPage = performance.now();
      const page = customerCollectionSchema.parse((await callApi(sandbox, accessToken, '/v1/customers')).body);
      expect(performance.now() - firstPage).toBeLessThan(2000);
      expect(page.totalCount).toBe(50_000);
    } finally {
      await sandbox.close();
    }
  });
});
