// The attestation flow in the side panel, as the e2e specs drive it: the certificate, the customer's panel, the form.
import { expect } from './fixtures';
import type { ExtensionBrowser, Tab } from './browser';
import { tabIdOf } from './tabs';
import { APP_ONLY_CLIENT_ID, type Sandbox } from '@/tests/sandbox/server';

export const PANEL_STATUS = '.status-label';

/** The administrator's part: the certificate made in the settings page, uploaded to the attestation app (here the sandbox's). */
export async function createAndRegisterCertificate(options: Tab, sandbox: Sandbox): Promise<void> {
  await options.click({ selector: 'button', text: 'Create the certificate' });
  await options.waitFor({
    selector: '[role="status"]',
    text: 'Certificate created. Download it and have it uploaded to the app registration.',
  });
  const pem = await options.evaluate<string>(`document.querySelector('.credential[data-state="active"] textarea.pem').value`);
  const shownThumbprint = (await options.texts('.credential[data-state="active"] .thumbprint'))[0];
  const response = await fetch(`${sandbox.url}/_sandbox/apps/${APP_ONLY_CLIENT_ID}/certificates`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-pem-file' },
    body: pem,
  });
  expect(response.status).toBe(201);
  // The thumbprint the settings page shows is the one of the upload (the sandbox writes it as x5t, Entra in hex).
  const { thumbprintSha1 } = (await response.json()) as { thumbprintSha1: string };
  expect(Buffer.from(thumbprintSha1, 'base64url').toString('hex').toUpperCase()).toBe(shownThumbprint);
}

/** A stale customer's Account page and the side panel following its tab (the panel is tested as a tab). */
export async function openCustomer(
  extension: ExtensionBrowser,
  sandbox: Sandbox,
  tenantId: string,
): Promise<{ page: Tab; panel: Tab }> {
  const url = `${sandbox.url}/dashboard/v2/customers/${tenantId}/account`;
  const page = await extension.openPage(url);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });
  const panel = await extension.openExtensionPage('/sidepanel.html');
  await panel.evaluate(`location.assign('/sidepanel.html?tabId=${await tabIdOf(panel, url)}')`);
  await panel.waitFor({ selector: PANEL_STATUS, text: 'Outdated attestation' });
  return { page, panel };
}

export interface Signer {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
}

export async function fillSigner(panel: Tab, signer: Signer): Promise<void> {
  await panel.fill('#attestation-firstName', signer.firstName);
  await panel.fill('#attestation-lastName', signer.lastName);
  await panel.fill('#attestation-email', signer.email);
  await panel.fill('#attestation-phone', signer.phone ?? '');
}

export async function fillCustomer(panel: Tab, customer: { companyName: string; country: string }): Promise<void> {
  await panel.fill('#attestation-companyName', customer.companyName);
  await panel.fill('#attestation-country', customer.country);
}

export async function reviewAndCreate(panel: Tab): Promise<void> {
  await panel.click({ selector: 'button', text: 'Review' });
  await panel.waitFor({ selector: 'h3', text: 'Check before sending to Partner Center' });
  await confirmAndCreate(panel);
}

/** Resolves once the page has stopped scrolling: each new step scrolls the panel to itself smoothly, and a click during it misses. */
async function scrollSettled(panel: Tab): Promise<void> {
  const position = () => panel.evaluate<number>('window.scrollY');
  for (let last = await position(), tries = 0; tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await position();
    if (now === last) return;
    last = now;
  }
}

/** Ticks the confirmation, then presses "Create the attestation" once the tick has enabled it. */
export async function confirmAndCreate(panel: Tab): Promise<void> {
  await scrollSettled(panel);
  await panel.click('.confirm-attestation input');
  await panel.waitFor('.confirm-attestation input:checked');
  await panel.click({ selector: '.attestation-review button.primary:not([disabled])', text: 'Create the attestation' });
}

export const fieldValue = (panel: Tab, id: string) =>
  panel.evaluate<string>(`document.getElementById(${JSON.stringify(id)}).value`);
