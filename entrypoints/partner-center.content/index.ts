import { createCustomerPageFeature } from '../../lib/content/customer-page';
import { STORE_MATCHES } from '../../lib/config/origins';
import { sendMessage } from '../../lib/messaging';
import { findAgreementSectionText } from '../../lib/partner-center/account-page-dom';
import { detectPage } from '../../lib/partner-center/pages';
import { partnerCenterOrigins } from '../../lib/platform/build';
import { createPageOverlay, type PageOverlay } from '../../components/content/page-overlay';
import '../../components/content/content-ui.css';

export default defineContentScript({
  // The sandbox build adds the sandbox origin (wxt.config.ts).
  matches: STORE_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    let overlay: PageOverlay | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'mca-assistant-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        overlay = createPageOverlay(container, {
          openSidePanel: (tenantId) => void sendMessage('openSidePanel', { tenantId }),
          draftInvitation: (tenantId, kind) => void sendMessage('openExtensionPage', { page: 'popup', query: { tenantId, kind } }),
        });
      },
    });
    ui.mount();

    const feature = createCustomerPageFeature({
      detect: (url) => detectPage(url, { origins: partnerCenterOrigins(url) }),
      readSection: () => findAgreementSectionText(document),
      async requestStatus(match, page, signal) {
        try {
          const response = await sendMessage('getCustomerStatus', { tenantId: match.customerId, ...(page && { page }) });
          if (!signal.aborted) overlay?.showStatus(response, match);
        } catch {
          if (!signal.aborted) overlay?.showUnavailable(match.customerId);
        }
      },
      clear: () => overlay?.clear(),
      showChecking: (match) => overlay?.showChecking(match.customerId),
      wait: (ms, signal) => new Promise((resolve) => (ms === 0 || signal.aborted ? resolve() : ctx.setTimeout(resolve, ms))),
    });

    void feature.onNavigate(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void feature.onNavigate(newUrl.href));
    ctx.onInvalidated(() => feature.stop());
  },
});
