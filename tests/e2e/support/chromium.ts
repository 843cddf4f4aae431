import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { ExtensionBrowser, Tab } from './browser';
import { evaluateInIsolatedWorld } from './content-script-world';
import { BROWSER_BINARIES, requireBuild } from './paths';
import { createTab, waitUntil } from './tab';

function playwrightTab(page: Page): Tab {
  return createTab({
    evaluate: (expression) => page.evaluate(expression),
    run: (fn, arg) => page.evaluate(fn as never, arg as never),
    element: async (expression) => (await page.evaluateHandle(expression)).asElement(),
    url: async () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  });
}

/** Debian's Chromium with the sandbox build loaded; `channel: 'chromium'` is the headless mode that runs extensions. */
export async function launchChromium(
  options: { headless?: boolean; locale?: string } = {},
): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const extensionDir = requireBuild('chromium');
  const context = await chromium.launchPersistentContext('', {
    executablePath: BROWSER_BINARIES.chromium,
    channel: 'chromium',
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${options.locale ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  // The settings page opens on install; wait for it so that it does not take over a tab the test opens.
  await waitUntil('the settings page opened on install', 15_000, async () =>
    context.pages().find((page) => page.url().startsWith(`${extensionOrigin}/options.html`)),
  );

  async function waitForPage(prefix: string, options?: { timeout?: number }): Promise<Tab> {
    const page = await waitUntil(`a page at ${prefix}`, options?.timeout ?? 10_000, async () =>
      context.pages().find((candidate) => candidate.url().startsWith(prefix)),
    );
    return playwrightTab(page);
  }

  return {
    name: 'chromium',
    context,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${path}`);
      return playwrightTab(page);
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return playwrightTab(page);
    },
    waitForPage,
    waitForExtensionTab: (path, options) => waitForPage(`${extensionOrigin}${path}`, options),
    async waitForSidePanel(path, options) {
      // The side panel is no tab of the context; Chromium lists it among its DevTools targets.
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      return waitUntil(`the side panel at ${path}`, options?.timeout ?? 10_000, async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
        return targetInfos.find((target) => target.url.startsWith(`${extensionOrigin}${path}`))?.url;
      });
    },
    async evaluateInContentScript(pageUrl, expression) {
      const page = await waitUntil(`a page at ${pageUrl}`, 10_000, async () =>
        context.pages().find((candidate) => candidate.url().startsWith(pageUrl)),
      );
      return evaluateInIsolatedWorld(page, extensionOrigin, expression);
    },
    async stopBackground() {
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(extensionOrigin));
      if (!worker) return false;
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      return true;
    },
    close: () => context.close(),
  };
}
