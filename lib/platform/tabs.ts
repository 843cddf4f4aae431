/** The browser's tabs, for pages that open a link or read where the partner is. */

export function openTab(url: string): Promise<unknown> {
  return browser.tabs.create({ url });
}

/** The address of the active tab of this window, when the extension may see it. */
export async function activeTabUrl(): Promise<string | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return active?.url;
}

/**
 * In a tab the page hands the link to the browser itself; a toolbar popup is not a tab and cannot, so the link goes to
 * the active tab, where the browser passes it on (a mail client for a mailto link) without leaving the page.
 */
export async function openLinkHere(url: string): Promise<void> {
  if (await browser.tabs.getCurrent()) location.assign(url);
  else await browser.tabs.update({ url });
}
