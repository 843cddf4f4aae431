import { describe, expect, it } from 'vitest';
import {
  contentScriptMayAskStatus,
  customerOfSenderTab,
  senderKind,
  type SenderInfo,
  type SenderKind,
} from '@/lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const CUSTOMER = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

describe('senderKind', () => {
  it.each<[string, SenderInfo, SenderKind | null]>([
    ['an extension page', { id: ID, url: `${ORIGIN}sidepanel.html` }, 'extension-page'],
    [
      'the content script in a top frame',
      { id: ID, url: 'https://partner.microsoft.com/x', tab: { id: 3 }, frameId: 0 },
      'content-script',
    ],
    ['the content script in a sub-frame', { id: ID, url: 'https://partner.microsoft.com/x', tab: { id: 3 }, frameId: 2 }, null],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, null],
    ['no id at all', { url: `${ORIGIN}popup.html` }, null],
    ['our id but a foreign page without a tab', { id: ID, url: 'https://evil.example/' }, null],
  ])('%s → %s', (_label, sender, expected) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(expected);
  });
});

describe('customerOfSenderTab', () => {
  const tab = (url?: string): SenderInfo => ({ id: ID, tab: { id: 1, ...(url ? { url } : {}) } });
  it.each<[string, SenderInfo, string | undefined]>([
    ['a customer page', tab(`https://partner.microsoft.com/dashboard/v2/customers/${CUSTOMER}/account`), CUSTOMER],
    [
      'a localised customer page, upper case',
      tab(`https://partner.microsoft.com/fr-fr/dashboard/v2/customers/${CUSTOMER.toUpperCase()}/subscriptions`),
      CUSTOMER,
    ],
    ['the customer list', tab('https://partner.microsoft.com/dashboard/v2/customers/list'), undefined],
    ['another host', tab(`https://partner.microsoft.com.evil.example/dashboard/v2/customers/${CUSTOMER}/account`), undefined],
    [
      'userinfo before the host',
      tab(`https://partner.microsoft.com@evil.example/dashboard/v2/customers/${CUSTOMER}/account`),
      undefined,
    ],
    ['no tab URL', tab(), undefined],
  ])('%s → %s', (_label, sender, expected) => {
    expect(customerOfSenderTab(sender)).toBe(expected);
  });
});

describe('contentScriptMayAskStatus', () => {
  const OTHER = '11111111-2222-4333-8444-555555555555';
  const tab = (url: string): SenderInfo => ({ id: ID, tab: { id: 1, url } });
  const accountPage = tab(`https://partner.microsoft.com/dashboard/v2/customers/${CUSTOMER}/account`);
  const list = tab('https://partner.microsoft.com/commerce/customers/list');
  const reading = { language: 'en', partnerAttestation: 'provided', directAcceptance: 'not-provided' };
  it.each<[string, { tenantId: string; page?: unknown; identity?: unknown }, SenderInfo, boolean]>([
    ["the customer page's own customer, with what it read", { tenantId: CUSTOMER, page: reading }, accountPage, true],
    ['another customer from a customer page', { tenantId: OTHER }, accountPage, false],
    ['a listed customer from the list, asking the records and the API', { tenantId: OTHER }, list, true],
    ['a listed customer from the list, with a page reading', { tenantId: OTHER, page: reading }, list, false],
    ['a listed customer from the list, with a name', { tenantId: OTHER, identity: { companyName: 'Forged' } }, list, false],
    [
      'a page that is not a customer page or list',
      { tenantId: OTHER },
      tab('https://partner.microsoft.com/dashboard/home'),
      false,
    ],
    ['a look-alike host', { tenantId: OTHER }, tab('https://partner.microsoft.com.evil.example/commerce/customers/list'), false],
  ])('%s → %s', (_label, request, sender, expected) => {
    expect(contentScriptMayAskStatus(request, sender)).toBe(expected);
  });
});
