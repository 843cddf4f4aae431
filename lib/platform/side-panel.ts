interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) next to a tab. Called synchronously from the handler of the user's
 * click, which is what both browsers require; when the browser still refuses, the panel page opens in a tab instead.
 */
export function openSidePanelForTab(tabId: number, windowId: number | undefined): Promise<boolean> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  const opening = sidebarAction ? sidebarAction.open() : browser.sidePanel.open({ tabId, ...(windowId === undefined ? {} : { windowId }) });
  return opening.then(
    () => true,
    async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}` as '/sidepanel.html'), windowId });
      return false;
    },
  );
}
