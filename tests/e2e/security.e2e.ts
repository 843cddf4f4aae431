import { CONTOSO_ID } from '../sandbox/portal/fixtures';
import { registerCertificate } from '../sandbox/test-support';
import { expect, test } from './support/fixtures';
import { pointAtSandbox, signInAs } from './support/sign-in';

const API = 'https://api.partnercenter.microsoft.com';
const LOGIN = 'https://login.microsoftonline.com';
/** What `@webext-core/messaging`'s receiver answers through runtime.sendMessage: `res`, or `err` (a serialised error). */
interface WireAnswer {
  res?: unknown;
  err?: { message: string };
}
/** A well-formed message as `@webext-core/messaging` puts it on the wire, sent with runtime.sendMessage; yields the raw answer. */
const sendOnTheWire = (type: string, data: unknown) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() });
})()`;
const optionValues = (field: string) =>
  `[...document.querySelectorAll('#setting-${field} option')].map((option) => option.value)`;

test('the settings page shows the service addresses as fixed choices: Microsoft’s, and in this test build the local sandbox only', async ({
  extension,
  sandbox,
}) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  // No free-text address anywhere on the page.
  expect(await options.evaluate<number>(`document.querySelectorAll('input[type="url"]').length`)).toBe(0);
  expect(await options.evaluate<string[]>(optionValues('apiBaseUrl'))).toEqual([API, sandbox.url]);
  expect(await options.evaluate<string[]>(optionValues('signInAuthority'))).toEqual([LOGIN, sandbox.url]);

  // An address outside the list cannot be chosen: the control takes no such value and saving is refused in words.
  await options.select('#setting-apiBaseUrl', 'https://proxy.example.com');
  expect(await options.evaluate<string>(`document.querySelector('#setting-apiBaseUrl').value`)).not.toBe(
    'https://proxy.example.com',
  );
  await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
  expect(await options.waitFor({ selector: '#setting-apiBaseUrl-error', pattern: true, text: 'Only Microsoft' })).toContain(
    'https://api.partnercenter.microsoft.com',
  );

  // Written behind the page's back (as a damaged value or a pushed policy would be), it is not used either.
  await options.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { settings = {} } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...settings, apiBaseUrl: 'https://proxy.example.com' } });
    return true;
  })()`);
  await options.reload();
  await options.waitFor('#setting-apiBaseUrl:not([disabled])');
  expect(await options.evaluate<string>(`document.querySelector('#setting-apiBaseUrl').value`)).not.toBe(
    'https://proxy.example.com',
  );
  expect(await options.evaluate<string[]>(optionValues('apiBaseUrl'))).not.toContain('https://proxy.example.com');
});

test('a page script cannot press the extension’s buttons inside Partner Center', async ({ extension, portal }) => {
  const tab = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`);
  await tab.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });
  // What the page's own scripts can do: dispatch a click, which is not a trusted event.
  await tab.evaluate(`(() => {
    const host = document.querySelector('mca-assistant-overlay');
    const badge = (host.shadowRoot ?? host).querySelector('button.badge');
    if (badge) badge.click();
    return Boolean(badge);
  })()`);
  await expect(extension.waitForSidePanel('/sidepanel.html', { timeout: 2000 })).rejects.toThrow();
  // The person's own click still works.
  await tab.click('button.badge');
  expect(await extension.waitForSidePanel('/sidepanel.html')).toMatch(/\/sidepanel\.html/);
});

test('a content script asking a privileged message gets a refusal and changes nothing; its own message is answered, for the customer its tab shows only', async ({
  extension,
  sandbox,
}) => {
  // Signed in with MFA, with an app credential the attestation app knows: what the probes ask could be done.
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  const fromSettingsPage = (type: string, data: unknown) => options.evaluate<WireAnswer>(sendOnTheWire(type, data));
  const creation = await fromSettingsPage('createAppCredential', {});
  expect(creation).toMatchObject({ res: { ok: true } });
  const { credential } = creation.res as { credential: { id: string; certificatePem: string } };
  expect((await registerCertificate(sandbox, credential.certificatePem)).status).toBe(201);
  const attestationsInSandbox = async () => {
    const state = (await (await fetch(`${sandbox.url}/_sandbox/state`)).json()) as { attestations: Record<string, number> };
    return Object.values(state.attestations).reduce((sum, count) => sum + count, 0);
  };

  const customer = sandbox.store.findCustomer({ status: 'attestation-stale' })!;
  const other = sandbox.store.customers().find((candidate) => candidate.tenantId !== customer.tenantId)!;
  const { defaults } = (await fromSettingsPage('prepareAttestation', { tenantId: customer.tenantId })).res as {
    defaults: { companyName: string; country: string; language: string };
  };
  const attestation = {
    tenantId: customer.tenantId,
    signer: { firstName: 'Eve', lastName: 'Mallory', email: 'eve.mallory@example.com' },
    ...defaults,
  };

  const url = `${sandbox.url}/dashboard/v2/customers/${customer.tenantId}/account`;
  const tab = await extension.openPage(url);
  await tab.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });
  const fromContentScript = (type: string, data: unknown) =>
    extension.evaluateInContentScript<WireAnswer>(url, sendOnTheWire(type, data));
  // The probe runs beside the content script itself (its bundle's global is there), not in the page's own world.
  expect(await extension.evaluateInContentScript<string>(url, 'typeof partnerCenter')).toBe('object');
  expect(await tab.evaluate<string>('typeof partnerCenter')).toBe('undefined');

  // Its own message, for the customer its tab shows, is answered.
  const own = await fromContentScript('getCustomerStatus', { tenantId: customer.tenantId, localOnly: true });
  expect(own.err).toBeUndefined();
  expect(own.res).toMatchObject({ tenantId: customer.tenantId, assessment: expect.any(Object) });
  // The same message for another customer is not.
  expect(await fromContentScript('getCustomerStatus', { tenantId: other.tenantId, localOnly: true })).toEqual({
    err: expect.objectContaining({ message: `Refused "getCustomerStatus" for a customer the sender's tab does not show` }),
  });

  const privileged: [string, unknown][] = [
    ['getAccount', {}],
    ['findCustomers', { query: '' }],
    ['startAttestation', attestation],
    ['rotateAppCredential', {}],
    ['deleteAppCredential', { id: credential.id }],
    ['signOut', {}],
  ];
  for (const [type, data] of privileged) {
    expect(await fromContentScript(type, data), type).toEqual({
      err: expect.objectContaining({ message: `Refused "${type}" from a content script` }),
    });
  }

  // Nothing happened: still signed in, the same one credential, no attestation in Partner Center.
  expect(await fromSettingsPage('getAccount', {})).toMatchObject({
    res: { account: { username: expect.stringContaining('contosopartner.onmicrosoft.com') } },
  });
  expect(await fromSettingsPage('listAppCredentials', {})).toMatchObject({
    res: { ok: true, credentials: [{ id: credential.id, state: 'active' }] },
  });
  expect(await attestationsInSandbox()).toBe(0);
  // The very attestation refused above, asked from an extension page, is made: the refusal was the sender's.
  expect(await fromSettingsPage('startAttestation', attestation)).toMatchObject({ res: { ok: true } });
  expect(await attestationsInSandbox()).toBe(1);
});
