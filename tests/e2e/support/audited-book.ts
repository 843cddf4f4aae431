// A book to work on: signed in as an admin agent, an audit of the whole sandbox run from the dashboard.
import type { ExtensionBrowser, Tab } from './browser';
import { pointAtSandbox, signInAs } from './sign-in';

/** Signed in as an admin agent, an audit of the whole sandbox run from the dashboard; the settings page is left open too. */
export async function auditedBook(
  extension: ExtensionBrowser,
  sandboxUrl: string,
  settings: Record<string, string> = {},
): Promise<{ options: Tab; dashboard: Tab }> {
  const options = await pointAtSandbox(extension, sandboxUrl);
  for (const [selector, value] of Object.entries(settings)) await options.fill(selector, value);
  if (Object.keys(settings).length > 0) await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
  await signInAs(extension, options, sandboxUrl, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  const dashboard = await extension.openExtensionPage('/dashboard.html');
  await dashboard.click({ selector: 'button', text: 'Run an audit' });
  await dashboard.waitFor('.audit-progress[data-state="finished"]', { timeout: 60_000 });
  return { options, dashboard };
}
