import { describe, expect, it } from 'vitest';
import { parsePortalPath, portalPath } from './route';

const TENANT = '0b6c8e2a-1f3d-4e5a-9b7c-2d4e6f8a0b1c';

describe('parsePortalPath', () => {
  it.each([
    ['/dashboard/v2/customers/list', '', 'en', { page: 'customer-list' }],
    ['/dashboard/commerce2/customers/list/', '', 'en', { page: 'customer-list' }],
    ['/en-us/dashboard/v2/customers', 'en-us', 'en', { page: 'customer-list' }],
    ['/fr-fr/dashboard/v2/customers/list', 'fr-fr', 'fr', { page: 'customer-list' }],
    ['/FR-FR/Dashboard/V2/Customers/LIST', 'fr-fr', 'fr', { page: 'customer-list' }],
    [`/dashboard/v2/customers/${TENANT}/account`, '', 'en', { page: 'account', tenantId: TENANT }],
    [`/dashboard/v2/customers/${TENANT.toUpperCase()}`, '', 'en', { page: 'account', tenantId: TENANT }],
    [`/en-us/dashboard/commerce2/customers/${TENANT}/account`, 'en-us', 'en', { page: 'account', tenantId: TENANT }],
    [`/fr-fr/dashboard/v2/customers/${TENANT}/subscriptions`, 'fr-fr', 'fr', { page: 'subscriptions', tenantId: TENANT }],
    [`/dashboard/v2/customers/${TENANT}/servicemanagementpage`, '', 'en', { page: 'service-management', tenantId: TENANT }],
    ['/dashboard', '', 'en', { page: 'unknown' }],
    ['/dashboard/home', '', 'en', { page: 'unknown' }],
    [`/dashboard/v2/customers/${TENANT}/billing`, '', 'en', { page: 'unknown' }],
    [`/dashboard/v2/customers/${TENANT}/account/extra`, '', 'en', { page: 'unknown' }],
    ['/dashboard/v2/customers/granularadminaccess/list', '', 'en', { page: 'unknown' }],
    ['/commerce/customers/list', '', 'en', { page: 'customer-list' }],
    ['/fr-fr/commerce/customers/list', 'fr-fr', 'fr', { page: 'customer-list' }],
    [`/commerce/customers/${TENANT}/account`, '', 'en', { page: 'account', tenantId: TENANT }],
    [`/en-us/commerce/customers/${TENANT}/subscriptions`, 'en-us', 'en', { page: 'subscriptions', tenantId: TENANT }],
  ])('%s', (path, locale, language, route) => {
    expect(parsePortalPath(path)).toEqual({ locale, language, route });
  });

  it.each([
    '/',
    '/dashboards',
    '/de-de/dashboard/v2/customers/list',
    '/fr-fr/other',
    '/_portal/app.js',
    '/v1/customers',
    '/commerce',
    '/commerce/other',
  ])('leaves %s to others', (path) => {
    expect(parsePortalPath(path)).toBeUndefined();
  });

  it('decodes an escaped tenant id', () => {
    expect(parsePortalPath('/dashboard/v2/customers/a%20b/account')?.route).toEqual({ page: 'account', tenantId: 'a b' });
    expect(parsePortalPath('/dashboard/v2/customers/%E0%A4%A/account')?.route).toEqual({ page: 'account', tenantId: '%e0%a4%a' });
  });
});

describe('portalPath', () => {
  it('builds v2 paths that keep the locale segment', () => {
    expect(portalPath('', { page: 'customer-list' })).toBe('/dashboard/v2/customers/list');
    expect(portalPath('fr-fr', { page: 'account', tenantId: TENANT })).toBe(`/fr-fr/dashboard/v2/customers/${TENANT}/account`);
    expect(portalPath('en-us', { page: 'service-management', tenantId: TENANT })).toBe(
      `/en-us/dashboard/v2/customers/${TENANT}/servicemanagementpage`,
    );
    expect(portalPath('', { page: 'subscriptions', tenantId: 'a/b' })).toBe('/dashboard/v2/customers/a%2Fb/subscriptions');
  });

  it('round-trips through parsePortalPath', () => {
    const route = { page: 'subscriptions', tenantId: TENANT } as const;
    expect(parsePortalPath(portalPath('fr-fr', route))).toEqual({ locale: 'fr-fr', language: 'fr', route });
  });
});
