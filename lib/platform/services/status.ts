import { resolveUiLocale } from '@/lib/i18n/locale';
import { broadcast, handleMessage, type HandlerContext } from '@/lib/messaging';
import { listedStatuses } from '@/lib/status/listed-statuses';
import { createStatusService } from '@/lib/status/service';
import { partnerCenterClient, tokens } from '../partner-center';
import { recordsDb } from '../records';
import { settingsStore } from '../settings';

export function registerStatusService(context: HandlerContext): void {
  const uiLocale = async () => resolveUiLocale((await settingsStore.load()).uiLanguage, navigator.languages);
  const status = createStatusService({
    openDb: recordsDb,
    now: () => new Date(),
    uiLocale,
    partnerRole: async () => (await settingsStore.load()).partnerRole ?? undefined,
    apiReader: async () => ((await tokens.getAccount()) ? partnerCenterClient(await uiLocale()) : null),
    onEvidence: (tenantId) => broadcast('statusChanged', { tenantId }),
  });

  handleMessage('getCustomerStatus', context, (request) => status.getCustomerStatus(request));
  handleMessage('getListedStatuses', context, async ({ tenantIds }) => {
    // Side by side: the list waits for this answer to draw its chips.
    const [locale, account, statuses] = await Promise.all([
      uiLocale(),
      tokens.getAccount(),
      // Without a database (Firefox private windows) every customer shows as not checked.
      recordsDb().then(
        (db) => listedStatuses(db, tenantIds),
        () => [],
      ),
    ]);
    return { uiLocale: locale, signedIn: Boolean(account), statuses };
  });
}
