import { test as base } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName } from './paths';
import { servePortal, type ServedPortal } from '@/tests/sandbox/portal/serve-portal';
import { portalTestDeps } from '@/tests/sandbox/portal/fixtures';
import { startSandbox, type Sandbox, type SandboxOptions } from '@/tests/sandbox/server';

export interface ExtensionOptions {
  /** The browser's UI language, e.g. `fr-FR`. */
  browserLocale: string;
  /** How this test's sandbox starts (rate limit, latency, customers…), over the defaults. */
  sandboxOptions: Partial<SandboxOptions>;
}

/**
 * Each test gets a fresh browser with the sandbox build of the extension, in the browser named by the Playwright project
 * (`chromium` or `firefox`), so every e2e test runs in both.
 */
export const test = base.extend<ExtensionOptions & { extension: ExtensionBrowser; portal: ServedPortal; sandbox: Sandbox }>({
  /** The whole local Partner Center (API, sign-in, pages) on a free port, for this test alone. */
  sandboxOptions: [{}, { option: true }],
  sandbox: async ({ sandboxOptions }, use) => {
    const sandbox = await startSandbox({ port: 0, customers: 60, seed: 1, ...sandboxOptions });
    try {
      await use(sandbox);
    } finally {
      await sandbox.close();
    }
  },
  portal: async ({}, use) => {
    const portal = await servePortal(portalTestDeps());
    try {
      await use(portal);
    } finally {
      await portal.close();
    }
  },
  browserLocale: ['en-US', { option: true }],
  extension: async ({ browserLocale }, use, testInfo) => {
    const name = testInfo.project.name as BrowserName;
    const browser =
      name === 'firefox' ? await launchFirefox({ locale: browserLocale }) : await launchChromium({ locale: browserLocale });
    try {
      await use(browser);
    } finally {
      await browser.close();
    }
  },
});

export { expect } from '@playwright/test';
