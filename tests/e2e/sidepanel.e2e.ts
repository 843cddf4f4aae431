import { CONTOSO_ID, TAILSPIN_ID } from '../sandbox/portal/fixtures';
import type { ExtensionBrowser, Tab } from './support/browser';
import { expect, test } from './support/fixtures';
import { tabIdOf } from './support/tabs';

async function panelFollowing(extension: ExtensionBrowser, url: string): Promise<Tab> {
  const panel = await extension.openExtensionPage('/sidepanel.html');
  const tabId = await tabIdOf(panel, url);
  expect(tabId).toBeGreaterThan(0);
  await panel.evaluate(`location.assign('/sidepanel.html?tabId=${tabId}')`);
  return panel;
}

test('the side panel shows the status, evidence, blocked actions and next steps of the customer in the tab', async ({
  extension,
  portal,
}) => {
  const url = `${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`;
  const page = await extension.openPage(url);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });

  const panel = await panelFollowing(extension, url);
  expect(await panel.waitFor({ selector: '.status-label', text: 'Outdated attestation' })).toBe('Outdated attestation');
  expect(await panel.texts('code')).toContain(CONTOSO_ID);
  expect(await panel.waitFor('.blocked-actions')).toMatch(/New purchases.*Quantity changes.*Term or billing changes.*Upgrades/);
  expect(await panel.texts('.reasons li')).toEqual(expect.arrayContaining([expect.stringContaining('Since October 7, 2025')]));
  const evidence = await panel.waitFor('.evidence li[data-source="page"]');
  expect(evidence).toMatch(/^Partner Center Account page · Observed (now|\d+ seconds ago)/);
  expect(evidence).toContain('latest dated August 26, 2019');
  await panel.screenshot(test.info().outputPath('sidepanel.png'));

  await panel.click({ selector: 'button', text: 'Draft the invitation email' });
  const popup = await extension.waitForExtensionTab('/popup.html');
  expect(await popup.url()).toContain(`tenantId=${CONTOSO_ID}`);
});

test('a customer who accepted directly: nothing blocked, and the panel follows the tab to another customer', async ({
  extension,
  portal,
}) => {
  const url = `${portal.origin}/dashboard/v2/customers/${TAILSPIN_ID}/account`;
  const page = await extension.openPage(url);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Accepted directly' });
  const panel = await panelFollowing(extension, url);
  expect(await panel.waitFor({ selector: '.status-label', text: 'Accepted directly' })).toBe('Accepted directly');
  expect(await panel.waitFor('#blocked-heading + p')).toBe('Nothing is blocked for this customer.');

  await page.click({ selector: 'nav.breadcrumb a', text: 'Customers' });
  expect(await panel.waitFor('h2')).toBe('No Partner Center customer in this tab');
  await panel.fill('input[name="query"]', TAILSPIN_ID.slice(0, 8));
  await panel.click({ selector: 'button', text: 'Search' });
  await panel.click({ selector: '.search-results button' });
  expect(await panel.waitFor({ selector: '.status-label', text: 'Accepted directly' })).toBe('Accepted directly');
});
