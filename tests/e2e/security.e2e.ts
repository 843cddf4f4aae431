import { CONTOSO_ID } from '../sandbox/portal/fixtures';
import { expect, test } from './support/fixtures';
import { pointAtSandbox } from './support/sign-in';

const API = 'https://api.partnercenter.microsoft.com';
const LOGIN = 'https://login.microsoftonline.com';
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
