import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerListResponse, CustomerResponse, SubscriptionListResponse } from './api-types';
import {
  CONTOSO_ID,
  FABRIKAM_ID,
  GENERATED_COUNT,
  HOSTILE_ID,
  HOSTILE_NAME,
  portalTestCustomers,
  portalTestDeps,
} from './fixtures';
import { DECLINED_HEADER, type ServedPortal, servePortal } from './serve-portal';

let portal: ServedPortal;
beforeAll(async () => {
  portal = await servePortal(portalTestDeps());
});
afterAll(() => portal.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${portal.origin}${path}`, { redirect: 'manual', ...init });

async function getJson<T>(path: string, expectedStatus = 200): Promise<T> {
  const response = await get(path);
  expect(response.status).toBe(expectedStatus);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as T;
}

describe('pages', () => {
  it('redirects / to the customer list', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/dashboard/v2/customers/list');
  });

  it.each([
    ['/dashboard/v2/customers/list', 'en-US', 'Partner Center'],
    ['/dashboard/commerce2/customers/list', 'en-US', 'Partner Center'],
    ['/dashboard', 'en-US', 'Partner Center'],
    ['/dashboard/home', 'en-US', 'Partner Center'],
    [`/dashboard/v2/customers/${CONTOSO_ID}/account`, 'en-US', 'Partner Center'],
    [`/dashboard/v2/customers/${CONTOSO_ID}`, 'en-US', 'Partner Center'],
    [`/en-us/dashboard/commerce2/customers/${CONTOSO_ID}/account`, 'en-US', 'Partner Center'],
    [`/EN-US/dashboard/v2/customers/${CONTOSO_ID}/subscriptions`, 'en-US', 'Partner Center'],
    ['/fr-fr/dashboard/v2/customers/list', 'fr-FR', 'Espace partenaires'],
    [`/Fr-Fr/dashboard/v2/customers/unknown-tenant/account`, 'fr-FR', 'Espace partenaires'],
  ])('serves the app shell at %s', async (path, lang, title) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain('<script type="module" src="/_portal/app.js"></script>');
    expect(html).toContain('<pc-shell></pc-shell>');
  });

  it('serves the same shell for every path of a language', async () => {
    const bodies = await Promise.all(
      ['/dashboard/v2/customers/list', `/en-us/dashboard/v2/customers/${CONTOSO_ID}/account`, '/dashboard/anything/else'].map(
        async (path) => (await get(path)).text(),
      ),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('serves the bundled script and the document stylesheet', async () => {
    const script = await get('/_portal/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(code).toContain('customElements.define("pc-shell"');
    expect(code).toContain('"pc-agreement-section"');
    expect(code).not.toMatch(/\binnerHTML\b|insertAdjacentHTML/);

    const stylesheet = await get('/_portal/app.css');
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await stylesheet.text()).toContain('Segoe UI');
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await get('/dashboard/v2/customers/list', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['GET', '/v1/customers'],
    ['GET', '/oauth2/v2.0/authorize'],
    ['GET', '/dashboards'],
    ['GET', '/de-de/dashboard/v2/customers/list'],
    ['GET', '/fr-fr/'],
    ['GET', '/_portal/unknown.js'],
    ['GET', '/_portal/api/partners'],
    ['GET', '/_portal/api/customers/a/b/c'],
    ['POST', '/dashboard/v2/customers/list'],
    ['POST', '/'],
  ])('leaves %s %s to the rest of the server', async (method, path) => {
    const response = await get(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get(DECLINED_HEADER)).toBe('1');
  });
});

describe('customer list endpoint', () => {
  const total = portalTestCustomers.length;

  it('pages 50 customers at a time by default', async () => {
    const first = await getJson<CustomerListResponse>('/_portal/api/customers');
    expect(first).toMatchObject({ totalCount: total, offset: 0, size: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.items[0]).toEqual({
      tenantId: CONTOSO_ID,
      companyName: 'Contoso Ltd',
      domain: 'contoso.onmicrosoft.com',
      country: 'US',
    });

    const last = await getJson<CustomerListResponse>('/_portal/api/customers?offset=100&size=50');
    expect(last.items).toHaveLength(total - 100);
    expect(last.items.at(-1)?.companyName).toBe(`Generated Customer ${String(GENERATED_COUNT).padStart(3, '0')}`);

    const beyond = await getJson<CustomerListResponse>(`/_portal/api/customers?offset=${total}`);
    expect(beyond).toEqual({ totalCount: total, offset: total, size: 50, items: [] });
  });

  it('covers every customer exactly once across pages', async () => {
    const pages = await Promise.all(
      [0, 50, 100].map((offset) => getJson<CustomerListResponse>(`/_portal/api/customers?offset=${offset}&size=50`)),
    );
    expect(pages.flatMap((page) => page.items.map((item) => item.tenantId))).toEqual(
      portalTestCustomers.map((customer) => customer.tenantId),
    );
  });

  it('filters by company name, ignoring case and accents', async () => {
    const byAccentlessName = await getJson<CustomerListResponse>(
      `/_portal/api/customers?q=${encodeURIComponent('SOCIETE eclair')}`,
    );
    expect(byAccentlessName.totalCount).toBe(1);
    expect(byAccentlessName.items[0]?.companyName).toBe(HOSTILE_NAME);

    const byMarkup = await getJson<CustomerListResponse>(`/_portal/api/customers?q=${encodeURIComponent('<test> "q"')}`);
    expect(byMarkup.items.map((item) => item.tenantId)).toEqual([HOSTILE_ID]);

    const generated = await getJson<CustomerListResponse>('/_portal/api/customers?q=generated&size=10&offset=10');
    expect(generated.totalCount).toBe(GENERATED_COUNT);
    expect(generated.items.map((item) => item.companyName)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Generated Customer ${String(index + 11).padStart(3, '0')}`),
    );

    expect((await getJson<CustomerListResponse>('/_portal/api/customers?q=nobody')).totalCount).toBe(0);
    expect((await getJson<CustomerListResponse>('/_portal/api/customers?q=%20%20')).totalCount).toBe(total);
  });

  it.each(['offset=-1', 'offset=abc', 'size=0', 'size=501', 'size=1.5'])('refuses %s', async (query) => {
    const body = await getJson<{ error: string }>(`/_portal/api/customers?${query}`, 400);
    expect(body.error).toBe('InvalidPaging');
  });
});

describe('customer endpoints', () => {
  it('returns a customer with its agreements, whatever the case of the id', async () => {
    const customer = await getJson<CustomerResponse>(`/_portal/api/customers/${CONTOSO_ID.toUpperCase()}`);
    expect(customer).toEqual(portalTestCustomers[0]);
    const hostile = await getJson<CustomerResponse>(`/_portal/api/customers/${HOSTILE_ID}`);
    expect(hostile.companyName).toBe(HOSTILE_NAME);
  });

  it('returns 404 for an unknown customer', async () => {
    expect(await getJson<{ error: string }>('/_portal/api/customers/00000000-0000-0000-0000-000000000000', 404)).toMatchObject({
      error: 'CustomerNotFound',
    });
    expect(await getJson<{ error: string }>('/_portal/api/customers/%E0%A4/subscriptions', 404)).toMatchObject({
      error: 'CustomerNotFound',
    });
  });

  it('returns the same subscriptions for a customer every time', async () => {
    const first = await getJson<SubscriptionListResponse>(`/_portal/api/customers/${FABRIKAM_ID}/subscriptions`);
    expect(first.items.length).toBeGreaterThanOrEqual(2);
    expect(await getJson<SubscriptionListResponse>(`/_portal/api/customers/${FABRIKAM_ID}/subscriptions`)).toEqual(first);
  });
});
