import type { DeepQuery } from './deep-dom';
import type { BrowserName } from './paths';

/** One tab, driven the same way in Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi). */
export interface Tab {
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R>(expression: string): Promise<R>;
  /** Runs a function in the page with one JSON argument. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the first deep match, after waiting for it. */
  click(query: DeepQuery | string): Promise<void>;
  /** Types into the first deep match (input, textarea), replacing its value. */
  fill(query: DeepQuery | string, value: string): Promise<void>;
  /** Chooses an option of a deep-matched select by value. */
  select(query: DeepQuery | string, value: string): Promise<void>;
  /** Whitespace-normalised text of every deep match. */
  texts(query: DeepQuery | string): Promise<string[]>;
  /** Waits until a deep match exists; returns its text. */
  waitFor(query: DeepQuery | string, options?: { timeout?: number }): Promise<string>;
  /** Waits until no deep match exists. */
  waitForNone(query: DeepQuery | string, options?: { timeout?: number }): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Opens one of the extension's pages (e.g. `/popup.html?x=1`) in a new tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** Opens a web page in a new tab. */
  openPage(url: string): Promise<Tab>;
  /** Waits for a tab that the extension opens by itself, matched by its path (e.g. `/sidepanel.html`). */
  waitForExtensionTab(path: string, options?: { timeout?: number }): Promise<Tab>;
  /** Waits for a web page whose URL starts with `prefix`, e.g. a sign-in window the extension opens. */
  waitForPage(prefix: string, options?: { timeout?: number }): Promise<Tab>;
  /** Waits until the side panel (Chrome) or sidebar (Firefox), or the tab the extension opens in their place, shows `path`. */
  waitForSidePanel(path: string, options?: { timeout?: number }): Promise<string>;
  /**
   * Evaluates an expression (awaiting a promise it yields) in the world the extension's content scripts run in, in the top
   * frame of the tab whose URL starts with `pageUrl`; what it sends, the background receives from a content script.
   */
  evaluateInContentScript<R>(pageUrl: string, expression: string): Promise<R>;
  /** Stops the extension's MV3 service worker, as Chrome does when it is idle; false where the background is a page that does not stop. */
  stopBackground(): Promise<boolean>;
  close(): Promise<void>;
}
