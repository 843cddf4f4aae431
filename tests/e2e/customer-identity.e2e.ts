import type { SandboxCustomer } from '../sandbox/data/types';
import type { ExtensionBrowser, Tab } from './support/browser';
import { expect, test } from './support/fixtures';
import { tabIdOf } from './support/tabs';

/** A customer the sandbox names in several words, so that a word other than the first can be searched. */
function customerOfSeveralWords(customers: readonly SandboxCustomer[]): SandboxCustomer & { word: string } {
  for (const customer of customers) {
    const word = customer.companyName.split(/\s+/)[1];
    if (word && word.length >= 4 && customer.language.startsWith('en')) return { ...customer, word };
  }
  throw new Error('no customer named in several words');
}

async function panelFollowing(extension: ExtensionBrowser, url: string): Promise<Tab> {
  const panel = await extension.openExtensionPage('/sidepanel.html');
  const tabId = await tabIdOf(panel, url);
  await panel.evaluate(`location.assign('/sidepanel.html?tabId=${tabId}')`);
  return panel;
}

test("a customer's Account page visited signed out: its name in the side panel, the panel's search, the popup and the dashboard", async ({
  extension,
  sandbox,
}) => {
  const customer = customerOfSeveralWords(sandbox.store.customers());
  // The /commerce/ form Microsoft's docs link gets the badge too.
  const url = `${sandbox.url}/commerce/customers/${customer.tenantId}/account`;
  const page = await extension.openPage(url);
  await page.waitFor({ selector: 'button.badge', text: '^MCA: (?!checking)', pattern: true });

  const panel = await panelFollowing(extension, url);
  expect(await panel.waitFor({ selector: '#customer-heading', text: customer.companyName })).toBe(customer.companyName);
  expect(await panel.waitFor('.customer-domain')).toBe(`Domain: ${customer.domain}`);
  expect(await panel.texts('code')).toContain(customer.tenantId);

  const search = await extension.openExtensionPage('/sidepanel.html?tabId=-1');
  await search.fill('input[name="query"]', customer.word.slice(0, 3).toUpperCase());
  await search.click({ selector: 'button', text: 'Search' });
  expect(await search.waitFor({ selector: '.search-results button', text: customer.companyName })).toBe(customer.companyName);
  await search.fill('input[name="query"]', customer.domain);
  await search.click({ selector: 'button', text: 'Search' });
  expect(await search.waitFor({ selector: '.search-results button', text: customer.companyName })).toBe(customer.companyName);

  const popup = await extension.openExtensionPage(`/popup.html?tenantId=${customer.tenantId}`);
  await popup.waitFor('form.draft');
  expect(await popup.evaluate<string>(`document.querySelector('[name="customer.companyName"]').value`)).toBe(
    customer.companyName,
  );
  expect(await popup.evaluate<string>(`document.querySelector('[name="locale"]').value`)).toBe('en');
  // Only what the partner alone knows is left to type: the first accept-MCA draft is then complete.
  await popup.fill('[name="partner.name"]', 'Adatum Cloud');
  const mailto = await popup.waitFor({ selector: 'a.button', text: 'Open in email' });
  expect(mailto).toBe('Open in email');
  expect(await popup.texts('[role="alert"]:not(:empty)')).toEqual([]);

  const dashboard = await extension.openExtensionPage('/dashboard.html');
  expect(await dashboard.waitFor({ selector: '.book tbody tr[data-tenant] .company', text: customer.companyName })).toBe(
    customer.companyName,
  );
  expect(await dashboard.texts('.book tbody tr[data-tenant] .company')).not.toContain(
    expect.stringContaining('(name not known yet)'),
  );
  await page.close();
});
