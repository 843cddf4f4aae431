/**
 * Follows the tab the side panel is about: a fixed tab when the page was opened for one (`?tabId=`), otherwise the active
 * tab of the panel's window. Reports the tab's URL, which the browser only reveals for hosts the extension may access.
 */
export function followTab(fixedTabId: number | null, onUrl: (tabId: number | null, url: string | undefined) => void): () => void {
  let followedId: number | null = fixedTabId;

  const report = async (tabId: number | null) => {
    if (tabId === null) return onUrl(null, undefined);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    onUrl(tabId, tab?.url);
  };

  const followActive = async () => {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    followedId = active?.id ?? null;
    await report(followedId);
  };

  const onActivated = (info: { tabId: number }) => {
    if (fixedTabId !== null) return;
    followedId = info.tabId;
    void report(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if (tabId === followedId && (change.url !== undefined || change.status === 'complete')) void report(tabId);
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  void (fixedTabId !== null ? report(fixedTabId) : followActive());
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
