import { resolveUiLocale } from '../lib/i18n/locale';
import { broadcast, handleMessage } from '../lib/messaging';
import { openExtensionPage } from '../lib/platform/navigation';
import { recordsDb } from '../lib/platform/records';
import { settingsStore } from '../lib/platform/settings';
import { openSidePanelForTab } from '../lib/platform/side-panel';
import { createStatusService } from '../lib/status/service';
import { customerRecord, searchCustomers } from '../lib/records/customers';
import { invitationsOf, recordInvitation } from '../lib/records/invitations';

export default defineBackground(() => {
  const context = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const status = createStatusService({
    openDb: recordsDb,
    now: () => new Date(),
    uiLocale: async () => resolveUiLocale((await settingsStore.load()).uiLanguage, navigator.languages),
    partnerRole: async () => undefined,
    onEvidence: (tenantId) => broadcast('statusChanged', { tenantId }),
  });

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

  handleMessage('getCustomerStatus', context, (request) => status.getCustomerStatus(request));

  handleMessage('getCustomerRecord', context, async ({ tenantId }) => {
    const db = await recordsDb();
    const [customer, invitations] = await Promise.all([customerRecord(db, tenantId), invitationsOf(db, tenantId)]);
    return { ...(customer && { customer }), invitations };
  });

  handleMessage('findCustomers', context, async ({ query }) => ({ customers: await searchCustomers(await recordsDb(), query) }));

  handleMessage('recordInvitation', context, async (record) => ({ id: await recordInvitation(await recordsDb(), record) }));
});
