import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from './browser';
import { evaluateByExecuteScript } from './content-script-world';
import { BROWSER_BINARIES, requireBuild } from './paths';
import { createTab, waitUntil } from './tab';

function puppeteerTab(page: Page): Tab {
  return createTab({
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    run: (fn, arg) => page.evaluate(fn as never, arg as never),
    element: async (expression) => (await page.evaluateHandle(expression)).asElement(),
    url: () => page.evaluate(() => location.href),
    goto: async (url) => void (await page.goto(url)),
    // BiDi may not navigate extension pages, so the page reloads itself; a marker tells the old document from the new.
    reload: async () => {
      await page.evaluate(() => {
        (window as unknown as { beforeReload?: boolean }).beforeReload = true;
        setTimeout(() => location.reload(), 0);
      });
      await waitUntil(
        'the page to reload',
        10_000,
        async () =>
          (await page.evaluate(
            () => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete',
          )) || undefined,
      );
    },
    screenshot: async (path) => void (await page.screenshot({ path: path })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  });
}

interface ExtensionGlobal {
  browser: { tabs: { create(options: { url: string }): Promise<unknown> } };
}

const locationOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

async function findPage(browser: Browser, prefix: string): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    if ((await locationOf(page)).startsWith(prefix)) return page;
  }
  return undefined;
}

/**
 * Firefox ESR with the sandbox build installed as a temporary add-on over WebDriver BiDi. BiDi may not navigate a tab to a
 * moz-extension:// URL, so extension pages are opened by the extension itself (tabs.create from one of its pages); the
 * first such page is the settings page the extension opens on install.
 */
export async function launchFirefox(options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = requireBuild('firefox');
  const locale = options.locale ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_BINARIES.firefox,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'intl.accept_languages': locale, 'intl.locale.requested': locale },
  });
  await browser.installExtension(extensionDir);
  const launcher = await waitUntil('the settings page opened on install', 15_000, () => findPage(browser, 'moz-extension://'));
  const extensionOrigin = (await locationOf(launcher)).split('/').slice(0, 3).join('/');

  const waitForPage = async (prefix: string, timeout = 10_000) =>
    puppeteerTab(await waitUntil(`a page at ${prefix}`, timeout, () => findPage(browser, prefix)));
  const waitForExtensionTab = (path: string, timeout?: number) => waitForPage(`${extensionOrigin}${path}`, timeout);

  return {
    name: 'firefox',
    extensionOrigin,
    async openExtensionPage(path) {
      const before = new Set(await browser.pages());
      // `browser` here is the page's WebExtension API, not Puppeteer's browser; the page opened on install may still be loading.
      await launcher.waitForFunction(() => Boolean((globalThis as unknown as Partial<ExtensionGlobal>).browser?.tabs), {
        timeout: 10_000,
      });
      await launcher.evaluate(
        (url) => void (globalThis as unknown as ExtensionGlobal).browser.tabs.create({ url }),
        `${extensionOrigin}${path}`,
      );
      const page = await waitUntil(`the new tab at ${path}`, 10_000, async () => {
        for (const candidate of await browser.pages()) {
          if (!before.has(candidate) && (await locationOf(candidate)).startsWith(`${extensionOrigin}${path}`)) return candidate;
        }
        return undefined;
      });
      return puppeteerTab(page);
    },
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return puppeteerTab(page);
    },
    waitForExtensionTab: (path, options) => waitForExtensionTab(path, options?.timeout),
    waitForPage: (prefix, options) => waitForPage(prefix, options?.timeout),
    // Firefox refuses sidebarAction.open() outside a user action in an extension page, so the extension opens the panel in a tab.
    waitForSidePanel: async (path, options) => (await waitForExtensionTab(path, options?.timeout)).url(),
    evaluateInContentScript: (pageUrl, expression) => evaluateByExecuteScript(launcher, pageUrl, expression),
    // Firefox runs the MV2 background as a page that lives as long as the browser.
    stopBackground: async () => false,
    close: () => browser.close(),
  };
}
