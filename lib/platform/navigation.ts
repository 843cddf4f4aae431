import type { ExtensionPage } from '../messaging/protocol';

export interface Navigation {
  openSidePanel?: () => void;
  openPage: (page: ExtensionPage) => void;
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export function openExtensionPage(page: ExtensionPage, query?: Record<string, string>): Promise<unknown> {
  if (page === 'options' && !query) return browser.runtime.openOptionsPage();
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  return browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html${search}` as '/dashboard.html') });
}

/**
 * Navigation for pages that are not themselves the side panel. Opening the panel must happen synchronously inside the
 * user's click (Chrome drops the gesture after an await), so the window id is looked up beforehand.
 */
export async function createPageNavigation(): Promise<Navigation> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  const windowId = sidebarAction ? undefined : (await browser.windows.getCurrent()).id;
  return {
    openSidePanel: () => {
      if (sidebarAction) void sidebarAction.open();
      else if (windowId !== undefined) void browser.sidePanel.open({ windowId });
    },
    openPage: (page) => void openExtensionPage(page),
  };
}
