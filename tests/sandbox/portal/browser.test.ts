// The SPA in real Chromium: navigation without reloads, nested shadow roots, both languages, hostile names, purchase buttons.
import { type Browser, type Page, chromium } from '@playwright/test';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO_ID, FABRIKAM_ID, HOSTILE_ID, HOSTILE_NAME, portalTestCustomers, portalTestDeps } from './fixtures';
import { type ServedPortal, servePortal } from './serve-portal';

const TIMEOUT_MS = 60_000;

// Page-side code as source text, so the test's compiler adds nothing to what runs in the browser.
const DEEP_QUERY_ALL = `(selector) => {
  const found = [];
  const visit = (root) => {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(document);
  return found;
}`;
const AGREEMENT_SECTION_PATH = `document.querySelector('pc-shell')?.shadowRoot?.querySelector('pc-page')?.shadowRoot
  ?.querySelector('pc-agreement-section')?.shadowRoot?.querySelector('section[aria-labelledby]')`;

let portal: ServedPortal;
let browser: Browser;
let page: Page;
let pageErrors: Error[] = [];

beforeAll(async () => {
  portal = await servePortal(portalTestDeps());
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

beforeEach(async () => {
  await page?.close();
  pageErrors = [];
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(error));
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const open = (path: string) => page.goto(`${portal.origin}${path}`);

function deepTexts(selector: string): Promise<string[]> {
  return page.evaluate(
    `(${DEEP_QUERY_ALL})(${JSON.stringify(selector)}).map((element) => (element.shadowRoot ?? element).textContent)`,
  );
}

/** The MCA section's text, read the way a content script would, once the page has rendered it. */
async function agreementSectionText(): Promise<string> {
  await page.waitForFunction(`!!(${AGREEMENT_SECTION_PATH})`);
  return page.evaluate(`(${AGREEMENT_SECTION_PATH}).textContent`);
}

async function setWindowMarker(): Promise<void> {
  await page.evaluate(`window.portalTestMarker = 'still here'`);
}

async function expectNoReload(): Promise<void> {
  expect(await page.evaluate(`window.portalTestMarker`)).toBe('still here');
  expect(await page.evaluate(`performance.getEntriesByType('navigation').length`)).toBe(1);
}

describe('the sandbox Partner Center app', { timeout: TIMEOUT_MS }, () => {
  it('goes from the list to an Account page without reloading, and back', async () => {
    await open('/dashboard/v2/customers/list');
    await setWindowMarker();
    await page.getByRole('button', { name: 'Contoso Ltd' }).click();
    await page.waitForURL(`**/dashboard/v2/customers/${CONTOSO_ID}/account`);

    expect(await agreementSectionText()).toBe(
      [
        'Microsoft Customer Agreement',
        'Partner attestation: Provided',
        'Agreement acceptance date: 8/26/2019',
        'Customer acceptance through Microsoft: Not provided',
        'Attestation can now only be provided through the Partner Center API.',
      ].join('\n'),
    );
    expect(await deepTexts('pc-agreement-section')).toHaveLength(1);
    expect(await page.title()).toBe('Account - Contoso Ltd - Partner Center');
    expect(await deepTexts('h1')).toEqual(['Contoso Ltd']);
    const accountInfo = (await deepTexts('section[aria-labelledby="account-info-heading"]'))[0] ?? '';
    expect(accountInfo).toContain(`Microsoft ID: ${CONTOSO_ID}`);
    expect(accountInfo).toContain('Domain: contoso.onmicrosoft.com');
    expect(await deepTexts('button')).toEqual([]);
    await expectNoReload();
    await page.screenshot({ path: '/tmp/portal-account.png' });

    await page.getByRole('link', { name: 'Subscriptions' }).click();
    await page.waitForURL('**/subscriptions');
    await page.getByRole('button', { name: 'Add products' }).waitFor();

    await page.goBack();
    await page.waitForURL('**/account');
    expect(await agreementSectionText()).toContain('Partner attestation: Provided');
    await page.goBack();
    await page.waitForURL('**/customers/list');
    await page.getByRole('button', { name: 'Fabrikam SAS' }).waitFor();
    await page.goForward();
    await page.waitForURL('**/account');
    expect(await agreementSectionText()).toContain('Agreement acceptance date: 8/26/2019');
    await expectNoReload();
  });

  it('shows French pages under /fr-fr/ and keeps the prefix while navigating', async () => {
    await open('/fr-fr/dashboard/v2/customers/list');
    await setWindowMarker();
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr-FR');
    await page.getByRole('button', { name: 'Fabrikam SAS' }).click();
    await page.waitForURL(`**/fr-fr/dashboard/v2/customers/${FABRIKAM_ID}/account`);

    expect(await agreementSectionText()).toBe(
      [
        'Contrat client Microsoft',
        'Attestation du partenaire : Non fournie',
        'Acceptation du client via Microsoft : Non fournie',
        "L'attestation ne peut désormais être fournie que par l'API de l'Espace partenaires.",
      ].join('\n'),
    );
    expect(await page.title()).toBe('Compte - Fabrikam SAS - Espace partenaires');
    const navigation = page.getByRole('navigation', { name: 'Client', exact: true });
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Compte', 'Abonnements', 'Gestion des services']);

    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await page.waitForURL('**/fr-fr/dashboard/v2/customers/list');
    await page.getByRole('button', { name: HOSTILE_NAME }).click();
    await page.waitForURL(`**/fr-fr/dashboard/v2/customers/${HOSTILE_ID}/account`);
    expect(await agreementSectionText()).toContain(
      "Date d'acceptation du contrat : 09/01/2024\nAcceptation du client via Microsoft : Fournie",
    );
    await expectNoReload();
  });

  it('shows a hostile company name as text', async () => {
    await open('/dashboard/v2/customers/list');
    await page.getByRole('searchbox', { name: 'Search by company name' }).fill('societe');
    await page.waitForURL('**/customers/list?q=societe');
    await page.waitForFunction(`(${DEEP_QUERY_ALL})('tbody tr').length === 1`);
    await page.getByRole('button', { name: HOSTILE_NAME }).click();
    await page.waitForURL(`**/customers/${HOSTILE_ID}/account`);

    expect(await agreementSectionText()).toContain('Agreement acceptance date: 1/9/2024');
    expect(await deepTexts('h1')).toEqual([HOSTILE_NAME]);
    expect(await deepTexts('b')).toEqual([]);
    expect(await page.title()).toBe(`Account - ${HOSTILE_NAME} - Partner Center`);
  });

  it('has purchase buttons that only open a sandbox dialog', async () => {
    await open(`/dashboard/v2/customers/${CONTOSO_ID}/subscriptions`);
    const purchase = page.locator('button[data-action="purchase"]');
    await purchase.waitFor();
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(await page.locator('button[data-action="change-quantity"]').allTextContents()).toEqual(
      Array(rows).fill('Change quantity'),
    );
    expect(await page.locator('button[data-action="upgrade"]').allTextContents()).toEqual(Array(rows).fill('Upgrade'));
    expect(await purchase.textContent()).toBe('Add products');

    await page.locator('button[data-action="upgrade"]').first().click();
    const dialog = page.getByRole('dialog', { name: 'Order submitted (sandbox)' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await open(`/fr-fr/dashboard/v2/customers/${CONTOSO_ID}/subscriptions`);
    await page.locator('button[data-action="purchase"]').waitFor();
    expect(await page.locator('button[data-action]').first().textContent()).toBe('Ajouter des produits');
    expect(await page.locator('button[data-action="change-quantity"]').first().textContent()).toBe('Modifier la quantité');
    expect(await page.locator('button[data-action="upgrade"]').first().textContent()).toBe('Mettre à niveau');
  });

  it('pages through the customer list with the back button working', async () => {
    const total = portalTestCustomers.length;
    await open('/dashboard/v2/customers/list');
    await page.getByText(`1–50 of ${total}`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await page.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL('**/customers/list?page=2');
    await page.getByText(`51–100 of ${total}`).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`101–${total} of ${total}`).waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);

    await page.goBack();
    await page.getByText(`51–100 of ${total}`).waitFor();
  });

  it("shows the customers in Partner Center's data grid: skeleton rows first, then rows named by tenant id, paged in place", async () => {
    // The customers' answer is held until the skeleton rows have been seen, so that a slow machine cannot miss them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_portal/api/customers?*', async (route) => (await held, await route.continue()));
    await open('/commerce/customers/list');
    await setWindowMarker();
    const rowIds = () =>
      page.evaluate<string[]>(`(${DEEP_QUERY_ALL})('customersvcadmin_he-data-grid tbody tr, tbody tr').map((row) => row.id)`);
    await page.waitForFunction(`(${DEEP_QUERY_ALL})('tbody tr[id^="row-he-row-"]').length > 0`);
    release();
    await page.getByRole('button', { name: 'Contoso Ltd' }).waitFor();
    await page.unroute('**/_portal/api/customers?*');
    const ids = await rowIds();
    expect(ids).toHaveLength(50);
    expect(ids).toContain(`row-${CONTOSO_ID}`);
    expect(
      await page.locator(`#cell-displayName-${CONTOSO_ID} customersvcadmin_he-button[appearance="link"]`).textContent(),
    ).toBe('Contoso Ltd');
    expect(await page.locator(`#row-${CONTOSO_ID} a`).count()).toBe(0);
    const pageElement = await page.evaluate(`document.querySelector('pc-shell').shadowRoot.querySelector('pc-page') !== null`);
    expect(pageElement).toBe(true);
    await page.evaluate(`window.listPage = document.querySelector('pc-shell').shadowRoot.querySelector('pc-page')`);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL('**/customers/list?page=2');
    await page.waitForFunction(
      `(${DEEP_QUERY_ALL})('tbody tr[id^="row-he-row-"]').length === 0 && !(${DEEP_QUERY_ALL})('tbody tr').some((row) => row.id === 'row-${CONTOSO_ID}')`,
    );
    expect(
      await page.evaluate(`window.listPage === document.querySelector('pc-shell').shadowRoot.querySelector('pc-page')`),
    ).toBe(true);
    await expectNoReload();
  });

  it('renders after a loading state, on a new pc-page per navigation', async () => {
    await open('/dashboard/v2/customers/list');
    await page.getByRole('button', { name: 'Tailspin Toys' }).waitFor();
    await page.evaluate(`(() => {
      const main = document.querySelector('pc-shell').shadowRoot.querySelector('main');
      window.portalPagesSeen = [];
      new MutationObserver(() => {
        const current = main.querySelector('pc-page');
        window.portalPagesSeen.push({ busy: current.getAttribute('aria-busy'), text: current.shadowRoot.textContent });
      }).observe(main, { childList: true });
    })()`);
    await page.getByRole('button', { name: 'Tailspin Toys' }).click();
    expect(await agreementSectionText()).toContain('Customer acceptance through Microsoft: Provided');
    expect(await page.evaluate('window.portalPagesSeen')).toEqual([{ busy: 'true', text: 'Loading…' }]);
  });

  it('answers the other customer URLs', async () => {
    await open(`/dashboard/commerce2/customers/${CONTOSO_ID}`);
    expect(await agreementSectionText()).toContain('Partner attestation: Provided');
    expect(page.url()).toBe(`${portal.origin}/dashboard/commerce2/customers/${CONTOSO_ID}`);

    await open('/en-us/dashboard/v2/customers/00000000-0000-0000-0000-000000000000/account');
    await page.getByRole('heading', { name: 'Customer not found' }).waitFor();
    expect(await page.title()).toBe('Customer not found - Partner Center');
    await page.getByRole('link', { name: 'Back to customers' }).click();
    await page.waitForURL('**/en-us/dashboard/v2/customers/list');

    await open(`/dashboard/v2/customers/${CONTOSO_ID}/servicemanagementpage`);
    await page.getByRole('heading', { name: 'Service management' }).waitFor();
    expect(await page.locator('a[aria-current="page"]').textContent()).toBe('Service management');
  });
});
