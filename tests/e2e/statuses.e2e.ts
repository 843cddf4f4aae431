import type { CustomerStatus } from '../sandbox/data/statuses';
import type { Sandbox } from '../sandbox/server';
import type { ExtensionBrowser } from './support/browser';
import { expect, test } from './support/fixtures';

// What the Account page lets the extension conclude for each situation the sandbox covers (before any sign-in): the page
// shows MCA attestations and direct acceptance, not Microsoft Cloud Agreements.
const ENGLISH: [CustomerStatus, string][] = [
  ['direct-acceptance', 'MCA: Accepted directly'],
  ['attestation-current', 'MCA: Current attestation'],
  ['attestation-stale', 'MCA: Outdated attestation'],
  ['attestations-latest-current', 'MCA: Current attestation'],
  ['attestations-latest-stale', 'MCA: Outdated attestation'],
  ['cloud-agreement-only', 'MCA: No agreement'],
  ['none', 'MCA: No agreement'],
];
const FRENCH: [CustomerStatus, string][] = [
  ['attestation-stale', 'MCA : Attestation périmée'],
  ['direct-acceptance', 'MCA : Acceptation directe'],
  ['none', 'MCA : Aucun contrat'],
];

async function visitEach(
  extension: ExtensionBrowser,
  sandbox: Sandbox,
  language: 'en' | 'fr',
  cases: [CustomerStatus, string][],
) {
  const prefix = language === 'fr' ? '/fr-fr' : '';
  const tab = await extension.openPage(`${sandbox.url}${prefix}/dashboard/v2/customers/list`);
  for (const [status, badge] of cases) {
    const customer = sandbox.store.findCustomer({ status, language });
    expect(customer, `a ${language} customer in status ${status}`).toBeDefined();
    await tab.goto(`${sandbox.url}${prefix}/dashboard/v2/customers/list?q=${encodeURIComponent(customer!.companyName)}`);
    // Names can repeat across tenants: the name button in this customer's own row.
    await tab.click({
      selector: `#cell-displayName-${customer!.tenantId} customersvcadmin_he-button`,
      text: customer!.companyName,
    });
    expect(await tab.waitFor({ selector: 'button.badge', text: badge }), `${status} in ${language}`).toBe(badge);
  }
}

test('from the English customer list to the Account page of a customer in each situation', async ({ extension, sandbox }) => {
  test.setTimeout(120_000);
  await visitEach(extension, sandbox, 'en', ENGLISH);
});

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });
  test('from the French customer list, the badge in French', async ({ extension, sandbox }) => {
    await visitEach(extension, sandbox, 'fr', FRENCH);
  });
});
