interface FirefoxSidebarAction {
  open(): Promise<void>;
}

const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/** Firefox has a sidebar where Chrome has a side panel; the sidebar needs no window or tab to open. */
export function usesFirefoxSidebar(): boolean {
  return firefoxSidebar() !== undefined;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox), of a window or next to a tab. Must be called synchronously from the
 * handler of the user's click, which is what both browsers require.
 */
export function openSidePanel(place: { tabId?: number; windowId?: number }): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  const { tabId, windowId } = place;
  return browser.sidePanel.open({ ...(tabId !== undefined && { tabId }), ...(windowId !== undefined && { windowId }) } as {
    windowId: number;
  });
}

/** Opens the panel next to a tab; when the browser still refuses, the panel page opens in a tab instead. */
export function openSidePanelForTab(tabId: number, windowId: number | undefined): Promise<boolean> {
  return openSidePanel({ tabId, windowId }).then(
    () => true,
    async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}` as '/sidepanel.html'), windowId });
      return false;
    },
  );
}
