import type { ExtensionPage } from '../messaging/protocol';
import { openSidePanel, usesFirefoxSidebar } from './side-panel';

export interface Navigation {
  openSidePanel?: () => void;
  openPage: (page: ExtensionPage) => void;
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
  const sidebar = usesFirefoxSidebar();
  const windowId = sidebar ? undefined : (await browser.windows.getCurrent()).id;
  return {
    openSidePanel: () => {
      if (sidebar || windowId !== undefined) void openSidePanel({ windowId });
    },
    openPage: (page) => void openExtensionPage(page),
  };
}
