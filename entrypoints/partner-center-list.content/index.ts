import { createCustomerListFeature } from '@/components/content/customer-list';
import { partnerCenterOrigins } from '@/lib/config/build';
import { STORE_MATCHES } from '@/lib/config/origins';
import { sendFromContent as sendMessage } from '@/lib/messaging/content';
import { detectPage } from '@/lib/partner-center/pages';

// The customer list's chips, apart from the customer-page script so that each stays small; idle on every other page.
export default defineContentScript({
  // The sandbox build adds the sandbox origin (wxt.config.ts).
  matches: STORE_MATCHES,
  cssInjectionMode: 'manual',
  main(ctx) {
    const list = createCustomerListFeature({
      getListedStatuses: (tenantIds) => sendMessage('getListedStatuses', { tenantIds }),
      checkCustomer: (tenantId) => sendMessage('getCustomerStatus', { tenantId, refresh: true }),
      openSidePanel: (tenantId) => void sendMessage('openSidePanel', { tenantId }),
      now: () => new Date(),
    });
    // Partner Center moves between the list and customer pages without a page load.
    const onNavigate = (url: string) =>
      list.onNavigate(detectPage(url, { origins: partnerCenterOrigins(url) })?.kind === 'customer-list');

    onNavigate(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => onNavigate(newUrl.href));
    ctx.onInvalidated(() => list.stop());
  },
});
