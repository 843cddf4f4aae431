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

/** The popup opened on a customer, once its draft form is shown. */
async function popupFor(extension: ExtensionBrowser, customer: SandboxCustomer): Promise<Tab> {
  const popup = await extension.openExtensionPage(`/popup.html?tenantId=${customer.tenantId}`);
  await popup.waitFor('form.draft');
  return popup;
}

const fieldValue = (page: Tab, name: string) => page.evaluate<string>(`document.querySelector('[name="${name}"]').value`);

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

  const popup = await popupFor(extension, customer);
  expect(await fieldValue(popup, 'customer.companyName')).toBe(customer.companyName);
  expect(await fieldValue(popup, 'locale')).toBe('en');
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

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });

  test("a French customer's Account page in the French Partner Center: its name, domain and language everywhere", async ({
    extension,
    sandbox,
  }) => {
    const customer = sandbox.store
      .customers()
      .find((candidate) => candidate.language.startsWith('fr') && /[À-ÿ]/.test(candidate.companyName))!;
    const url = `${sandbox.url}/fr-fr/dashboard/v2/customers/${customer.tenantId}/account`;
    const page = await extension.openPage(url);
    await page.waitFor({ selector: 'button.badge', text: '^MCA : (?!vérification)', pattern: true });

    const panel = await panelFollowing(extension, url);
    expect(await panel.waitFor({ selector: '#customer-heading', text: customer.companyName })).toBe(customer.companyName);
    expect(await panel.waitFor('.customer-domain')).toBe(`Domaine : ${customer.domain}`);

    // Searched without its accents, as a partner types on a keyboard without them.
    const accented = customer.companyName.split(/\s+/).find((word) => /[À-ÿ]/.test(word))!;
    const search = await extension.openExtensionPage('/sidepanel.html?tabId=-1');
    await search.fill('input[name="query"]', accented.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    await search.click({ selector: 'button', text: 'Rechercher' });
    expect(await search.waitFor({ selector: '.search-results button', text: customer.companyName })).toBe(customer.companyName);

    const popup = await popupFor(extension, customer);
    expect(await fieldValue(popup, 'customer.companyName')).toBe(customer.companyName);
    expect(await fieldValue(popup, 'locale')).toBe('fr');
    await page.close();
  });
});
