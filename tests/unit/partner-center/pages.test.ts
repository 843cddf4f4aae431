import { describe, expect, it } from 'vitest';
import { SANDBOX_ORIGIN } from '@/lib/config/origins';
import {
  blockedActionsOfSection,
  detectPage,
  examples,
  isAddCustomer,
  isBlockedActionSection,
  isCustomerList,
  isCustomerPage,
  nonMatchingExamples,
  type PageKind,
} from '@/lib/partner-center/pages';

const withSandbox = { origins: [SANDBOX_ORIGIN] };
const detectors = { isCustomerPage, isCustomerList, isAddCustomer };
const kindOf: Record<keyof typeof detectors, PageKind> = {
  isCustomerPage: 'customer',
  isCustomerList: 'customer-list',
  isAddCustomer: 'add-customer',
};
const exampleRows = Object.entries(examples).flatMap(([name, urls]) =>
  urls.map((url) => [name as keyof typeof detectors, url] as const),
);

describe('URL examples', () => {
  it('hold at least 40 URLs, look-alikes included', () => {
    expect(exampleRows.length + nonMatchingExamples.length).toBeGreaterThanOrEqual(40);
    expect(nonMatchingExamples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(exampleRows)('%s: %s is detected by its own detector only', (name, url) => {
    for (const [other, detect] of Object.entries(detectors)) expect(detect(url, withSandbox), other).toBe(other === name);
    expect(detectPage(url, withSandbox)?.kind).toBe(kindOf[name]);
  });

  it.each(nonMatchingExamples)('%j is detected by no detector', (url) => {
    for (const [name, detect] of Object.entries(detectors)) expect(detect(url, withSandbox), name).toBe(false);
    expect(detectPage(url, withSandbox)).toBeNull();
  });
});

describe('detectPage', () => {
  it.each([
    [
      'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
      { kind: 'customer', customerId: '56570c5a-7db7-41e1-8b1d-a5f040b12855', section: 'account' },
    ],
    [
      'https://partner.microsoft.com/FR-FR/Dashboard/Commerce2/Customers/56570C5A-7DB7-41E1-8B1D-A5F040B12855/ServiceManagementPage/?x=1#y',
      { kind: 'customer', customerId: '56570c5a-7db7-41e1-8b1d-a5f040b12855', section: 'servicemanagementpage', locale: 'fr-fr' },
    ],
    [
      'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/',
      { kind: 'customer', customerId: '56570c5a-7db7-41e1-8b1d-a5f040b12855' },
    ],
    ['https://partner.microsoft.com/en-us/dashboard/commerce2/customers/list', { kind: 'customer-list', locale: 'en-us' }],
    ['https://partner.microsoft.com/dashboard/v2/customers/add', { kind: 'add-customer' }],
  ])('%s', (url, page) => {
    expect(detectPage(url)).toEqual(page);
  });

  it('counts the sandbox as Partner Center only when asked, port included', () => {
    const url = 'http://127.0.0.1:4010/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account';
    expect(detectPage(url)).toBeNull();
    expect(detectPage(url, { origins: ['http://127.0.0.1:4010'] })?.kind).toBe('customer');
    expect(detectPage(url, { origins: ['http://127.0.0.1:4010/'] })?.kind).toBe('customer');
    expect(detectPage(url, { origins: ['http://127.0.0.1:4011'] })).toBeNull();
    expect(detectPage(url, { origins: ['http://127.0.0.1'] })).toBeNull();
    expect(detectPage(url, { origins: ['https://127.0.0.1:4010'] })).toBeNull();
    expect(detectPage(url, { origins: ['127.0.0.1:4010', 'not an origin', ''] })).toBeNull();
  });

  it('never lets an opaque origin through', () => {
    const url = 'data:text/html,/dashboard/v2/customers/list';
    expect(detectPage(url, { origins: ['data:text/plain,x', 'null'] })).toBeNull();
  });
});

describe('isBlockedActionSection', () => {
  it.each([
    ['subscriptions', true],
    ['Subscriptions', true],
    ['addsubscription', true],
    ['neworder', true],
    ['upgrades', true],
    ['changequantity', true],
    ['account', false],
    ['servicemanagementpage', false],
    ['users', false],
    ['adminrelationships', false],
    ['constructor', false],
    ['__proto__', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (section, blocked) => {
    expect(isBlockedActionSection(section)).toBe(blocked);
  });

  it('names the actions each section leads to', () => {
    expect(blockedActionsOfSection('subscriptions')).toEqual([
      'new-purchase',
      'quantity-change',
      'term-or-billing-change',
      'upgrade',
    ]);
    expect(blockedActionsOfSection('cart')).toEqual(['new-purchase']);
    expect(blockedActionsOfSection('account')).toEqual([]);
  });

  it('works on what detectPage returns', () => {
    const page = detectPage(
      'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/Subscriptions',
    );
    expect(isBlockedActionSection(page?.section)).toBe(true);
  });
});
