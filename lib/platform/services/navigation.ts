import { handleMessage, type HandlerContext } from '@/lib/messaging';
import { openExtensionPage } from '../navigation';
import { openSidePanelForTab } from '../side-panel';

export function registerNavigationService(context: HandlerContext): void {
  // First run: the settings page carries the setup guide.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  handleMessage('openSidePanel', context, async (_data, sender) => {
    if (sender.tab?.id === undefined) return { opened: false };
    return { opened: await openSidePanelForTab(sender.tab.id, (sender.tab as { windowId?: number }).windowId) };
  });

  handleMessage('openExtensionPage', context, async ({ page, query }) => {
    const tab = (await openExtensionPage(page, query)) as { id?: number } | undefined;
    return tab?.id === undefined ? {} : { tabId: tab.id };
  });
}
