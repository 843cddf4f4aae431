import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerCollectionSchema, customerSchema, relationshipRequestSchema } from '@/lib/partner-center/schemas';
import { INDIRECT_RESELLER_TENANT_ID, PARTNER_TENANT_ID } from './auth/users';
import type { Sandbox } from './server';
import { callApi, errorCode, startWithTokens } from './test-support';

let sandbox: Sandbox;
let admin: string;
let reseller: string;
let app: string;

beforeAll(async () => {
  ({
    sandbox,
    app,
    users: [admin, reseller],
  } = await startWithTokens({ customers: 230 }, ['admin-agent', 'indirect-reseller']));
});
afterAll(() => sandbox.close());

async function listAll(token: string, firstPath: string) {
  const pages = [];
  let answer = await callApi(sandbox, token, firstPath);
  for (;;) {
    expect(answer.status).toBe(200);
    const page = customerCollectionSchema.parse(answer.body);
    pages.push(page);
    const next = page.links.next;
    if (!next) return pages;
    const headers = Object.fromEntries(next.headers.map(({ key, value }) => [key, value]));
    answer = await callApi(sandbox, token, next.uri, { headers });
  }
}

const filterPath = (field: string, value: string, size = 0) =>
  `/v1/customers?size=${size}&filter=${encodeURIComponent(JSON.stringify({ Field: field, Value: value, Operator: 'starts_with' }))}`;

describe('GET /v1/customers', () => {
  it('pages through every customer following links.next and its MS-ContinuationToken', async () => {
    const pages = await listAll(admin, '/v1/customers?size=100');
    expect(pages.map((page) => page.items.length)).toEqual([100, 100, 30]);
    expect(pages[0]?.totalCount).toBe(230);
    expect(pages[0]?.links.next?.uri).toBe('/v1/customers?size=100&seekOperation=Next');
    expect(pages[0]?.links.next?.headers[0]?.key).toBe('MS-ContinuationToken');
    const ids = pages.flatMap((page) => page.items.map((customer) => customer.id));
    expect(new Set(ids).size).toBe(230);
    expect(ids).toEqual(sandbox.store.customers().map((customer) => customer.tenantId));
  });

  it('uses 100 customers a page by default and refuses more than 500', async () => {
    const page = customerCollectionSchema.parse((await callApi(sandbox, admin, '/v1/customers')).body);
    expect(page.items).toHaveLength(100);
    expect((await callApi(sandbox, admin, '/v1/customers?size=500')).status).toBe(200);
    for (const size of ['501', '-1', 'ten', '2.5']) {
      const answer = await callApi(sandbox, admin, `/v1/customers?size=${size}`);
      expect(answer.status, size).toBe(400);
      expect(errorCode(answer)).toBe('800002');
    }
  });

  it('lists items without the billing profile, as Partner Center does', async () => {
    const page = customerCollectionSchema.parse((await callApi(sandbox, admin, '/v1/customers?size=3')).body);
    expect(page.items[0]?.billingProfile).toBeUndefined();
    expect(page.items[0]?.relationshipToPartner).toBe('reseller');
  });

  it('filters by company name prefix, ignoring case, across pages', async () => {
    const prefix = 'société';
    const expected = sandbox.store.customers().filter((customer) => customer.companyName.toLowerCase().startsWith(prefix));
    expect(expected.length).toBeGreaterThan(2);
    const pages = await listAll(admin, filterPath('CompanyName', 'SOCIÉTÉ', 2));
    const names = pages.flatMap((page) => page.items.map((customer) => customer.companyProfile.companyName));
    expect(names).toEqual(expected.map((customer) => customer.companyName));
    expect(pages[0]?.totalCount).toBe(expected.length);
  });

  it('filters by domain prefix', async () => {
    const someone = sandbox.store.customers()[42];
    const pages = await listAll(admin, filterPath('Domain', someone?.domain.slice(0, 12).toUpperCase() ?? ''));
    expect(pages.flatMap((page) => page.items.map((customer) => customer.id))).toContain(someone?.tenantId);
  });

  it.each([
    ['not JSON', 'cont'],
    ['another operator', JSON.stringify({ Field: 'CompanyName', Value: 'c', Operator: 'contains' })],
    ['another field', JSON.stringify({ Field: 'Country', Value: 'FR', Operator: 'starts_with' })],
  ])('refuses a filter that is %s', async (_name, filter) => {
    const answer = await callApi(sandbox, admin, `/v1/customers?filter=${encodeURIComponent(filter)}`);
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('800002');
  });

  it('refuses seekOperation=Next without the continuation header, or with a forged one', async () => {
    expect((await callApi(sandbox, admin, '/v1/customers?size=10&seekOperation=Next')).status).toBe(400);
    expect(
      (
        await callApi(sandbox, admin, '/v1/customers?size=10&seekOperation=Next', {
          headers: { 'MS-ContinuationToken': 'garbage' },
        })
      ).status,
    ).toBe(400);
  });

  it('shows an indirect reseller only the customers associated with it', async () => {
    const pages = await listAll(reseller, '/v1/customers?size=500');
    const expected = sandbox.store.findCustomers({ reseller: INDIRECT_RESELLER_TENANT_ID });
    expect(pages[0]?.items.map((customer) => customer.id)).toEqual(expected.map((customer) => customer.tenantId));
    expect(pages[0]?.items.every((customer) => customer.associatedPartnerId === INDIRECT_RESELLER_TENANT_ID)).toBe(true);
  });

  it('serves app-only tokens too', async () => {
    expect((await callApi(sandbox, app, '/v1/customers?size=1')).status).toBe(200);
  });
});

describe('GET /v1/customers/{id}', () => {
  it('returns the customer with its billing profile, whatever the case of the id', async () => {
    const customer = sandbox.store.findCustomer({ language: 'fr', country: 'CA' });
    const answer = await callApi(sandbox, admin, `/v1/customers/${customer?.tenantId.toUpperCase()}`);
    expect(answer.status).toBe(200);
    const resource = customerSchema.parse(answer.body);
    expect(resource.companyProfile.companyName).toBe(customer?.companyName);
    expect(resource.billingProfile?.defaultAddress?.country).toBe('CA');
    expect(resource.billingProfile?.culture).toBe('fr-fr');
    expect(resource.allowDelegatedAccess).toBe(false);
  });

  it('answers 404 60003 for an unknown customer and 400 900118 for an id that is not a GUID', async () => {
    const unknown = await callApi(sandbox, admin, '/v1/customers/11111111-2222-4333-8444-555555555555');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('60003');
    const malformed = await callApi(sandbox, admin, '/v1/customers/contoso');
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('900118');
  });

  it('hides from an indirect reseller the customers that are not its own', async () => {
    const other = sandbox.store.findCustomer({ reseller: false });
    const answer = await callApi(sandbox, reseller, `/v1/customers/${other?.tenantId}`);
    expect(answer.status).toBe(404);
  });
});

describe('GET /v1/customers/relationshiprequests', () => {
  it('builds the reseller relationship link from the partner tenant', async () => {
    const answer = await callApi(sandbox, admin, '/v1/customers/relationshiprequests');
    const { url } = relationshipRequestSchema.parse(answer.body);
    expect(url).toBe(
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    );
  });

  it('builds the indirect reseller form for an indirect reseller', async () => {
    const { url } = relationshipRequestSchema.parse(
      (await callApi(sandbox, reseller, '/v1/customers/relationshiprequests')).body,
    );
    expect(url).toContain('invType=IndirectResellerRelationship');
    expect(url).toContain(`indirectCSPId=${PARTNER_TENANT_ID}`);
  });

  it('is App+User only', async () => {
    const answer = await callApi(sandbox, app, '/v1/customers/relationshiprequests');
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('900329');
  });
});
