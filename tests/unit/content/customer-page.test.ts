import { describe, expect, it } from 'vitest';
import { createCustomerPageFeature, SECTION_RETRY_DELAYS_MS, type CustomerPageDeps } from '@/lib/content/customer-page';
import { detectPage } from '@/lib/partner-center/pages';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const ACCOUNT = `https://partner.microsoft.com/dashboard/v2/customers/${T}/account`;
const SECTION =
  'Microsoft Customer Agreement\nPartner attestation: Provided\nAgreement acceptance date: 8/26/2019\nCustomer acceptance through Microsoft: Not provided';

function harness(sectionAfterReads = 0, nameAfterReads = Number.POSITIVE_INFINITY) {
  const calls: string[] = [];
  let reads = 0;
  let identityReads = 0;
  const deps: CustomerPageDeps = {
    detect: (url) => detectPage(url),
    readSection: () => (reads++ >= sectionAfterReads ? SECTION : null),
    readIdentity: () =>
      identityReads++ >= nameAfterReads
        ? { companyName: 'Taylor Holdings Ltd', domain: 'taylor.example' }
        : { domain: 'taylor.example' },
    requestStatus: async (match, { page, identity }) =>
      void calls.push(
        `status ${match.customerId} ${page ? page.partnerAttestation : 'cached'}${identity ? ` ${identity.companyName}` : ''}`,
      ),
    clear: () => void calls.push('clear'),
    showChecking: (match) => void calls.push(`checking ${match.section}`),
    wait: async () => {},
  };
  return { feature: createCustomerPageFeature(deps), calls, reads: () => reads };
}

describe('customer page feature', () => {
  it('leaves pages that are not customer pages alone', async () => {
    const { feature, calls } = harness();
    await feature.onNavigate('https://partner.microsoft.com/dashboard/v2/customers/list');
    await feature.onNavigate('https://example.com/');
    expect(calls).toEqual(['clear', 'clear']);
  });

  it('on the Account page: the known status at once, then again with what the page shows', async () => {
    const { feature, calls, reads } = harness(2);
    await feature.onNavigate(ACCOUNT);
    expect(calls).toEqual(['checking account', `status ${T} cached`, `status ${T} provided`]);
    expect(reads()).toBe(3);
  });

  it('on the Subscriptions page: the known status only', async () => {
    const { feature, calls, reads } = harness();
    await feature.onNavigate(`https://partner.microsoft.com/dashboard/v2/customers/${T}/subscriptions`);
    expect(calls).toEqual(['checking subscriptions', `status ${T} cached`]);
    expect(reads()).toBe(0);
  });

  it('on the Account page: sends who the customer is with the section, once the name shows', async () => {
    const { feature, calls } = harness(0, 0);
    await feature.onNavigate(ACCOUNT);
    expect(calls).toEqual(['checking account', `status ${T} cached`, `status ${T} provided Taylor Holdings Ltd`]);
  });

  it('on the Account page: a name that shows after the section is sent again, with the section', async () => {
    const { feature, calls } = harness(0, 2);
    await feature.onNavigate(ACCOUNT);
    expect(calls).toEqual([
      'checking account',
      `status ${T} cached`,
      `status ${T} provided`,
      `status ${T} provided Taylor Holdings Ltd`,
    ]);
  });

  it('on any other customer page: who the customer is, without reading the section', async () => {
    const { feature, calls, reads } = harness(0, 1);
    await feature.onNavigate(`https://partner.microsoft.com/commerce/customers/${T}/subscriptions`);
    expect(calls).toEqual(['checking subscriptions', `status ${T} cached`, `status ${T} cached Taylor Holdings Ltd`]);
    expect(reads()).toBe(0);
  });

  it('gives up reading after the last retry when the section never shows', async () => {
    const { feature, calls, reads } = harness(Number.POSITIVE_INFINITY);
    await feature.onNavigate(ACCOUNT);
    expect(calls).toEqual(['checking account', `status ${T} cached`]);
    expect(reads()).toBe(SECTION_RETRY_DELAYS_MS.length);
  });
});

describe('moving on', () => {
  it('a new navigation aborts the reading of the previous Account page', async () => {
    const signals: AbortSignal[] = [];
    const feature = createCustomerPageFeature({
      detect: (url) => detectPage(url),
      readSection: () => null,
      readIdentity: () => ({}),
      requestStatus: async (_match, _shown, signal) => void signals.push(signal),
      clear: () => {},
      showChecking: () => {},
      wait: () => new Promise((resolve) => setTimeout(resolve, 5)),
    });
    const first = feature.onNavigate(ACCOUNT);
    await new Promise((resolve) => setTimeout(resolve, 1));
    await feature.onNavigate('https://partner.microsoft.com/dashboard/v2/customers/list');
    await first;
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });
});
