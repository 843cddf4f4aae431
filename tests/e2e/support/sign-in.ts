import { SANDBOX_PARTNER_TENANT_ID } from '../../../lib/config/sandbox';
import type { ExtensionBrowser, Tab } from './browser';

/**
 * Points the extension at this test's sandbox through its own settings page, as an administrator would, and returns that
 * page (which also carries the sign-in bar).
 */
export async function pointAtSandbox(extension: ExtensionBrowser, sandboxUrl: string): Promise<Tab> {
  const options = await extension.openExtensionPage('/options.html');
  await options.waitFor('#setting-apiBaseUrl:not([disabled])');
  await options.fill('#setting-apiBaseUrl', sandboxUrl);
  await options.fill('#setting-signInAuthority', sandboxUrl);
  await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
  await options.waitFor({ selector: '[role="status"]', text: 'Settings saved.' });
  return options;
}

/** Clicks "Sign in" on a page with the account bar, then picks the user on the sandbox's sign-in page. */
export async function signInAs(extension: ExtensionBrowser, page: Tab, sandboxUrl: string, userKey: string): Promise<void> {
  await page.click({ selector: '.account-bar button', text: 'Sign in to Partner Center' });
  const signIn = await extension.waitForPage(`${sandboxUrl}/${SANDBOX_PARTNER_TENANT_ID}/oauth2/v2.0/authorize`);
  await signIn.click(`#user-${userKey}`);
  await signIn.click('#sign-in');
}
