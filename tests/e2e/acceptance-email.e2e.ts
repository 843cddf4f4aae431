import type { BrowserContext } from '@playwright/test';
import { formatInstantIn } from '@/lib/email/dates';
import type { InvitationLocale } from '@/lib/email/invitations';
import { createAndRegisterCertificate, fieldValue, fillSigner, openCustomer, reviewAndCreate } from './support/attestation';
import type { ExtensionBrowser, Tab } from './support/browser';
import { expect, test } from './support/fixtures';
import { pointAtSandbox, signInAs } from './support/sign-in';
import type { Sandbox } from '../sandbox/server';

const NOTED = '[role="status"].notice-done:not(:empty)';

/** The partner's name, which signs the emails, as the settings page would save it. */
const setPartnerName = (tab: Tab, name: string) =>
  tab.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { settings = {} } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...settings, partnerName: ${JSON.stringify(name)} } });
    return true;
  })()`);

const popupValue = (popup: Tab, name: string) =>
  popup.evaluate<string>(`document.querySelector(${JSON.stringify(`[name="${name}"]`)}).value`);

/** The body of the popup's mail link, decoded. */
async function mailtoBody(popup: Tab): Promise<string> {
  const href = await popup.evaluate<string>(`document.querySelector('a.button[href^="mailto:"]').getAttribute('href')`);
  const body = /[?&]body=([^&]*)/.exec(href)?.[1] ?? '';
  return decodeURIComponent(body);
}

/** Signed in with the certificate registered, an attestation started in the customer's panel: the panel on its link step. */
async function attestationWithLink(extension: ExtensionBrowser, sandbox: Sandbox, tenantId: string): Promise<Tab> {
  const options = await pointAtSandbox(extension, sandbox.url);
  await setPartnerName(options, 'Adatum Cloud');
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  await createAndRegisterCertificate(options, sandbox);
  const { panel } = await openCustomer(extension, sandbox, tenantId);
  await panel.click({ selector: 'button', text: 'Attest through the API' });
  await fillSigner(panel, { firstName: 'Amélie', lastName: "D'Orsay", email: `amelie.dorsay+${Date.now()}@example.com` });
  await reviewAndCreate(panel);
  await panel.waitFor('#attestation-link-expiry');
  return panel;
}

const cases: { language: string; locale: InvitationLocale; subject: string }[] = [
  { language: 'en', locale: 'en', subject: 'Your link to accept the Microsoft Customer Agreement for' },
  { language: 'fr', locale: 'fr', subject: 'Votre lien pour accepter le Contrat client Microsoft pour' },
];

for (const { language, locale, subject } of cases) {
  test(`the acceptance link emailed to the signer from the panel, in the customer's language (${language})`, async ({
    extension,
    sandbox,
  }) => {
    await (extension as ExtensionBrowser & { context?: BrowserContext }).context?.grantPermissions([
      'clipboard-read',
      'clipboard-write',
    ]);
    const customer = sandbox.store.findCustomer({ status: 'attestation-stale', language })!;
    const panel = await attestationWithLink(extension, sandbox, customer.tenantId);
    const link = await fieldValue(panel, 'attestation-link');
    expect(await panel.texts('.link-emailed')).toEqual([]);

    await panel.click({ selector: 'button', text: 'Email the link to the signer' });
    const popup = await extension.waitForExtensionTab('/popup.html');
    await popup.waitFor('form.draft');
    expect(new URL(await popup.url()).searchParams.get('attestation')).toEqual(expect.any(String));
    expect(await popup.evaluate<boolean>(`document.getElementById('kind-acceptance-link').checked`)).toBe(true);
    // Nothing to type: the signer, the customer, its language and Microsoft's link come from the attestation.
    expect(await popupValue(popup, 'signer.firstName')).toBe('Amélie');
    expect(await popupValue(popup, 'signer.lastName')).toBe("D'Orsay");
    expect(await popupValue(popup, 'customer.companyName')).toBe(customer.companyName);
    expect(await popupValue(popup, 'acceptance.url')).toBe(link);
    expect(await popup.evaluate<string>(`document.getElementById('draft-locale').value`)).toBe(locale);

    expect(await popup.waitFor('.preview-subject strong')).toContain(subject);
    const text = (await popup.texts('.preview-text pre'))[0] ?? '';
    expect(text).toContain(link);
    const expiry = formatInstantIn(await popupValue(popup, 'acceptance.expiresAt'), locale, customer.country);
    expect(text.replace(/\s+/g, ' ')).toContain(expiry.replace(/\s+/g, ' '));
    expect((await mailtoBody(popup)).split('\r\n')).toContain(link);

    await popup.click({ selector: 'button', text: 'Copy' });
    expect(await popup.waitFor(NOTED)).toContain("Noted in this browser's history of invitations.");
    expect(await panel.waitFor('.link-emailed')).toMatch(/^Link emailed .+\.$/);
  });
}

test('without an acceptance link waiting for the signer, its email is not offered, and the popup says why', async ({
  extension,
  sandbox,
}) => {
  const customer = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'en' })!;
  const popup = await extension.openExtensionPage(`/popup.html?tenantId=${customer.tenantId}&kind=acceptance-link`);
  await popup.waitFor('form.draft');
  expect(await popup.evaluate<boolean>(`document.getElementById('kind-acceptance-link').disabled`)).toBe(true);
  expect(await popup.evaluate<boolean>(`document.getElementById('kind-acceptance-link').checked`)).toBe(false);
  expect(await popup.texts('#kind-acceptance-link-description .kind-unavailable')).toEqual([
    "Available once an attestation started in the side panel has an acceptance link waiting for this customer's signer.",
  ]);
});
