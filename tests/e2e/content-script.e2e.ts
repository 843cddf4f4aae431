import { CONTOSO_ID, FABRIKAM_ID, TAILSPIN_ID } from '../sandbox/portal/fixtures';
import { expect, test } from './support/fixtures';
import { REACHED_BY_CLICK } from './support/hit-test';

const BADGE = 'button.badge';
const WARNING = 'section.warning';

/** Each of Partner Center's action buttons: enabled, and the element a click at its centre reaches (nothing of ours on top). */
const CONTROLS_STATE = `(() => {
  const page = document.querySelector('pc-shell').shadowRoot.querySelector('pc-page').shadowRoot;
  return [...page.querySelectorAll('button[data-action]')].map((button) => {
    return { label: button.textContent.trim(), enabled: !button.disabled, reachable: (${REACHED_BY_CLICK})(button) };
  });
})()`;

test.describe('on Partner Center pages', () => {
  test('a customer with an outdated attestation: badge on the Account page, warning on its Subscriptions page', async ({
    extension,
    portal,
  }) => {
    const tab = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`);
    expect(await tab.waitFor({ selector: BADGE, text: 'MCA: Outdated attestation' })).toBe('MCA: Outdated attestation');
    expect(await tab.texts(WARNING)).toEqual([]);

    // Single-page navigation through Partner Center's own left nav.
    await tab.click({ selector: 'nav.customer-nav a', text: 'Subscriptions' });
    const warning = await tab.waitFor(WARNING);
    expect(warning).toContain('Orders are blocked for this customer');
    expect(warning).toContain('Since October 7, 2025');
    expect(warning).toMatch(/New purchases.*Quantity changes.*Term or billing changes.*Upgrades/);
    expect(warning).toContain('Draft the invitation email');
    // The warning stands in the page just before Partner Center's controls, which stay enabled and uncovered.
    expect(await tab.texts({ selector: 'mca-assistant-warning' })).toHaveLength(1);
    expect(await tab.evaluate<{ label: string; enabled: boolean; reachable: boolean }[]>(CONTROLS_STATE)).toEqual(
      expect.arrayContaining([{ label: 'Add products', enabled: true, reachable: true }]),
    );
    expect(
      (await tab.evaluate<{ reachable: boolean; enabled: boolean }[]>(CONTROLS_STATE)).every((c) => c.reachable && c.enabled),
    ).toBe(true);
  });

  test('a customer who accepted directly: no warning on its Subscriptions page', async ({ extension, portal }) => {
    const tab = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${TAILSPIN_ID}/account`);
    expect(await tab.waitFor({ selector: BADGE, text: 'MCA: Accepted directly' })).toBe('MCA: Accepted directly');
    await tab.click({ selector: 'nav.customer-nav a', text: 'Subscriptions' });
    await tab.waitFor({ selector: 'button[data-action="purchase"]' });
    expect(await tab.waitFor(BADGE)).toBe('MCA: Accepted directly');
    expect(await tab.texts(WARNING)).toEqual([]);
  });

  test('leaving a customer page for the customer list removes the badge; the list shows chips instead', async ({
    extension,
    portal,
  }) => {
    const tab = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`);
    await tab.waitFor({ selector: BADGE, text: 'MCA: Outdated attestation' });
    await tab.click({ selector: 'nav.breadcrumb a', text: 'Customers' });
    await tab.waitFor({ selector: 'customersvcadmin_he-button', text: 'Fabrikam SAS' });
    await tab.waitForNone(BADGE);
    await tab.waitFor({ selector: `mca-assistant-chip[data-tenant="${CONTOSO_ID}"]` });
  });
});

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });
  test('the French Partner Center shows the status in French', async ({ extension, portal }) => {
    const tab = await extension.openPage(`${portal.origin}/fr-fr/dashboard/v2/customers/${FABRIKAM_ID}/account`);
    // The French Account page shows no partner attestation and no direct acceptance (a Microsoft Cloud Agreement is not shown there).
    expect(await tab.waitFor({ selector: BADGE, text: 'MCA : Aucun contrat' })).toBe('MCA : Aucun contrat');
    await tab.click({ selector: 'nav.customer-nav a', text: 'Abonnements' });
    const warning = await tab.waitFor(WARNING);
    expect(warning).toContain('Les commandes sont bloquées pour ce client');
    expect(warning).toContain("Rédiger l'e-mail d'invitation");
  });
});

test('clicking the badge opens the side panel on the customer', async ({ extension, portal }) => {
  const tab = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`);
  await tab.waitFor({ selector: BADGE, text: 'MCA: Outdated attestation' });
  await tab.click(BADGE);
  const opened = await extension.waitForSidePanel('/sidepanel.html');
  // Chrome opens its real side panel; Firefox only opens the sidebar from the extension's own pages, so the panel opens in a tab.
  expect(opened).toMatch(extension.name === 'chromium' ? /\/sidepanel\.html$/ : /\/sidepanel\.html\?tabId=\d+$/);
});
