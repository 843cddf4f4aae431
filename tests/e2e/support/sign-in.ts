import { SANDBOX_PARTNER_TENANT_ID } from '@/lib/config/sandbox';
import type { ExtensionBrowser, Tab } from './browser';

/**
 * Points the extension at this test's sandbox, which listens on a free port. The settings page offers only the addresses
 * this build allows, as fixed choices, so the port is written where the settings live, as the sandbox build's default
 * would be; the page then shows it as the chosen address. Returns that page (which also carries the sign-in bar).
 */
export async function pointAtSandbox(
  extension: ExtensionBrowser,
  sandboxUrl: string,
  /** Other settings of this test, e.g. `{ createAgreementMyself: true }`. */
  others: Record<string, unknown> = {},
): Promise<Tab> {
  const options = await extension.openExtensionPage('/options.html');
  await options.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { settings = {} } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...settings, ...${JSON.stringify(others)}, apiBaseUrl: ${JSON.stringify(sandboxUrl)}, signInAuthority: ${JSON.stringify(sandboxUrl)} } });
    return true;
  })()`);
  await options.reload();
  await options.waitFor(`#setting-apiBaseUrl:not([disabled]) option[value="${sandboxUrl}"]:checked`);
  return options;
}

/** Clicks "Sign in" on a page with the account bar, then picks the user on the sandbox's sign-in page. */
export async function signInAs(extension: ExtensionBrowser, page: Tab, sandboxUrl: string, userKey: string): Promise<void> {
  await page.click({ selector: '.account-bar button', text: 'Sign in to Partner Center' });
  const signIn = await extension.waitForPage(`${sandboxUrl}/${SANDBOX_PARTNER_TENANT_ID}/oauth2/v2.0/authorize`);
  await signIn.click(`#user-${userKey}`);
  await signIn.click('#sign-in');
}
