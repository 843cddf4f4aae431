import type { Tab } from './browser';
import { deepQueryExpression, type DeepQuery } from './deep-dom';

interface ElementLike {
  click(): Promise<void>;
}

/** What Playwright's and Puppeteer's pages both offer, in the shape the shared Tab needs. */
export interface PageAdapter {
  evaluate<R>(expression: string): Promise<R>;
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The first element an expression yields, as a handle that can be clicked like a user would. */
  element(expression: string): Promise<ElementLike | null>;
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT = 10_000;
const asQuery = (query: DeepQuery | string): DeepQuery => (typeof query === 'string' ? { selector: query } : query);
const describe = (query: DeepQuery) => JSON.stringify(query);

export async function waitUntil<T>(what: string, timeout: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch (error) {
      // The page may be navigating; try again until the deadline.
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function createTab(page: PageAdapter): Tab {
  const texts = (query: DeepQuery) =>
    page.evaluate<string[]>(`${deepQueryExpression(query)}.map((el) => (el.textContent ?? '').replace(/\\s+/g, ' ').trim())`);

  const setValue = (query: DeepQuery, value: string) =>
    waitUntil(`an input ${describe(query)}`, DEFAULT_TIMEOUT, () =>
      page.evaluate<true | undefined>(`(() => {
        const el = ${deepQueryExpression(query)}[0];
        if (!el) return undefined;
        const proto = Object.getPrototypeOf(el);
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      })()`),
    );

  return {
    url: () => page.url(),
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (expression) => page.evaluate(expression),
    run: (fn, arg) => page.run(fn, arg),
    async click(query) {
      const q = asQuery(query);
      const element = await waitUntil(
        describe(q),
        DEFAULT_TIMEOUT,
        async () => (await page.element(`${deepQueryExpression(q)}[0]`)) ?? undefined,
      );
      await element.click();
    },
    fill: async (query, value) => void (await setValue(asQuery(query), value)),
    select: async (query, value) => void (await setValue(asQuery(query), value)),
    texts: (query) => texts(asQuery(query)),
    waitFor(query, options) {
      const q = asQuery(query);
      return waitUntil(describe(q), options?.timeout ?? DEFAULT_TIMEOUT, async () => (await texts(q))[0]);
    },
    async waitForNone(query, options) {
      const q = asQuery(query);
      await waitUntil(`no ${describe(q)}`, options?.timeout ?? DEFAULT_TIMEOUT, async () =>
        (await texts(q)).length === 0 ? true : undefined,
      );
    },
    screenshot: (path) => page.screenshot(path),
    setViewport: (width, height) => page.setViewport(width, height),
    close: () => page.close(),
  };
}
