// Running code where the extension's content scripts run, in a tab's top frame: what a page that got hold of the content
// script could do. Each browser reaches that world its own way; the code then speaks to the background as the content script.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { waitUntil } from './tab';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

interface Evaluation {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * Chromium: the extension's isolated world of the page's top frame, found over CDP among the frame's execution contexts
 * (Playwright has isolated worlds of its own; the extension's carries the extension's origin).
 */
export async function evaluateInIsolatedWorld<R>(page: PlaywrightPage, extensionOrigin: string, expression: string): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => void contexts.push(context));
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    await cdp.send('Runtime.enable');
    const world = await waitUntil(`the content script's world in ${page.url()}`, 10_000, async () =>
      contexts.find(
        (context) =>
          context.auxData?.type === 'isolated' &&
          context.auxData.frameId === frameTree.frame.id &&
          context.origin === extensionOrigin,
      ),
    );
    const evaluation = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as Evaluation;
    if (evaluation.exceptionDetails) {
      throw new Error(evaluation.exceptionDetails.exception?.description ?? evaluation.exceptionDetails.text);
    }
    return evaluation.result.value as R;
  } finally {
    await cdp.detach();
  }
}

interface ExecuteScriptGlobal {
  browser: {
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string }[]>;
      executeScript(tabId: number, details: { code: string; frameId: number }): Promise<unknown[]>;
    };
  };
}

/**
 * Firefox: WebDriver BiDi lists no content-script realms, so one of the extension's pages injects the code with
 * tabs.executeScript, which Firefox runs in the sandbox it runs the extension's content scripts in (the same globals).
 */
export function evaluateByExecuteScript<R>(extensionPage: PuppeteerPage, pageUrl: string, expression: string): Promise<R> {
  return extensionPage.evaluate(
    async (url, code) => {
      const { tabs } = (globalThis as unknown as ExecuteScriptGlobal).browser;
      const tab = (await tabs.query({})).find((candidate) => candidate.url?.startsWith(url));
      if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
      const [result] = await tabs.executeScript(tab.id, { code, frameId: 0 });
      return result;
    },
    pageUrl,
    expression,
  ) as Promise<R>;
}
