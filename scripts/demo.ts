// The built extension in Chromium against the local Partner Center sandbox. With a display: a browser to use, until closed.
// Without one (or with --headless): a screenshot tour written to demo-output/, whose paths are printed.
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SANDBOX_DEFAULT_PORT } from '../lib/config/origins';
import { startSandbox, type Sandbox } from '../tests/sandbox/server';
import { launchChromium } from '../tests/e2e/support/chromium';
import type { ExtensionBrowser, Tab } from '../tests/e2e/support/browser';
import { pointAtSandbox, signInAs } from '../tests/e2e/support/sign-in';
import { tabIdOf } from '../tests/e2e/support/tabs';

const OUTPUT = resolve(import.meta.dirname, '../demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function startOnDefaultPort(): Promise<Sandbox> {
  try {
    return await startSandbox({ port: SANDBOX_DEFAULT_PORT });
  } catch {
    // The default port is taken (another sandbox?): any free port will do, match patterns ignore the port.
    return startSandbox({ port: 0 });
  }
}

async function tour(sandbox: Sandbox, extension: ExtensionBrowser): Promise<string[]> {
  await rm(OUTPUT, { recursive: true, force: true });
  await mkdir(OUTPUT, { recursive: true });
  const shots: string[] = [];
  const shoot = async (tab: Tab, name: string) => {
    const path = resolve(OUTPUT, name);
    await tab.screenshot(path);
    shots.push(path);
  };

  const stale = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'en' });
  if (!stale) throw new Error('The sandbox has no customer with an outdated attestation');
  const accountUrl = `${sandbox.url}/dashboard/v2/customers/${stale.tenantId}/account`;
  const page = await extension.openPage(accountUrl);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });
  await shoot(page, '1-account-page-badge.png');

  await page.click({ selector: 'nav.customer-nav a', text: 'Subscriptions' });
  await page.waitFor('section.warning');
  await shoot(page, '2-blocked-action-warning.png');

  const panel = await extension.openExtensionPage('/sidepanel.html');
  await panel.setViewport(420, 1100);
  await panel.goto(`${extension.extensionOrigin}/sidepanel.html?tabId=${await tabIdOf(panel, sandbox.url)}`);
  await panel.waitFor({ selector: '.status-label', text: 'Outdated attestation' });
  await shoot(panel, '3-side-panel.png');

  const popup = await extension.openExtensionPage(`/popup.html?tenantId=${stale.tenantId}&kind=accept-mca`);
  await popup.setViewport(420, 900);
  await popup.waitFor('h1');
  await shoot(popup, '4-popup.png');

  // Signed in as the sandbox's admin agent, an audit of the whole book: the dashboard lists every customer by name.
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  const dashboard = await extension.openExtensionPage('/dashboard.html');
  await dashboard.click({ selector: 'button', text: 'Run an audit' });
  await dashboard.waitFor('.audit-progress[data-state="finished"]', { timeout: 300_000 });
  await shoot(dashboard, '5-dashboard.png');

  // Partner Center's customer list with a status chip beside each name, and the button that checks the customers shown.
  await page.goto(`${sandbox.url}/dashboard/v2/customers/list`);
  await page.waitFor({ selector: 'button', text: 'Check the customers shown' });
  await page.waitFor({ selector: `mca-assistant-chip[data-tenant="${stale.tenantId}"]` });
  await shoot(page, '6-customer-list.png');
  return shots;
}

const sandbox = await startOnDefaultPort();
console.log(`sandbox listening on ${sandbox.url}`);
const extension = await launchChromium({ headless });
try {
  if (headless) {
    const shots = await tour(sandbox, extension);
    console.log('Screenshot tour (no display, so Chromium ran headless):');
    for (const shot of shots) console.log(`  ${shot}`);
  } else {
    await extension.openPage(`${sandbox.url}/dashboard/v2/customers/list`);
    console.log('Chromium is open on the sandbox Partner Center with the extension loaded. Close the browser to stop.');
    await new Promise<void>((done) =>
      (extension as { context: { on(event: 'close', cb: () => void): void } }).context.on('close', done),
    );
  }
} finally {
  await extension.close().catch(() => undefined);
  await sandbox.close();
}
