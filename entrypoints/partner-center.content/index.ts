import { createPageOverlay } from '@/components/content/page-overlay';
import { createShadowHost } from '@/components/content/shadow-host';
import overlayCss from '@/components/content/content-ui.css?inline';
import { createWarningPlacement } from '@/components/content/warning-placement';
import { STORE_MATCHES } from '@/lib/config/origins';
import { createCustomerPageFeature, SECTION_RETRY_DELAYS_MS } from '@/lib/content/customer-page';
import { sendFromContent as sendMessage } from '@/lib/messaging/content';
import { findAgreementSectionText } from '@/lib/partner-center/account-page-dom';
import { findActionControlsBlock } from '@/lib/partner-center/action-controls-dom';
import { readPageIdentity } from '@/lib/partner-center/customer-identity-dom';
import { detectPage } from '@/lib/partner-center/pages';
import { partnerCenterOrigins } from '@/lib/config/build';

export default defineContentScript({
  // The sandbox build adds the sandbox origin (wxt.config.ts).
  matches: STORE_MATCHES,
  // The overlay's styles go inside its shadow roots, nowhere in the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const placement = createWarningPlacement(overlayCss, 'mca-assistant-warning');
    const wait = (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => (ms === 0 || signal.aborted ? resolve() : ctx.setTimeout(resolve, ms)));

    const corner = createShadowHost('mca-assistant-overlay', overlayCss);
    document.body.append(corner.host);
    const overlay = createPageOverlay(
      corner.container,
      {
        openSidePanel: (tenantId) => void sendMessage('openSidePanel', { tenantId }),
        draftInvitation: (tenantId, kind) => void sendMessage('openExtensionPage', { page: 'popup', query: { tenantId, kind } }),
      },
      () => placement.remove(),
    );

    /** Next to the page's controls once they are rendered, else above the badge. */
    async function placeWarning(warning: HTMLElement, signal: AbortSignal) {
      for (const delay of SECTION_RETRY_DELAYS_MS) {
        await wait(delay, signal);
        if (signal.aborted) return;
        const block = findActionControlsBlock(document, placement.hostName);
        if (block) return placement.placeBefore(block, warning);
      }
      overlay.showFloating(warning);
    }

    const feature = createCustomerPageFeature({
      detect: (url) => detectPage(url, { origins: partnerCenterOrigins(url) }),
      readSection: () => findAgreementSectionText(document),
      readIdentity: () => readPageIdentity(document),
      async requestStatus(match, shown, signal) {
        try {
          const response = await sendMessage('getCustomerStatus', { tenantId: match.customerId, ...shown });
          if (signal.aborted) return;
          const warning = overlay.showStatus(response, match);
          if (warning) await placeWarning(warning, signal);
        } catch {
          if (!signal.aborted) overlay.showUnavailable(match.customerId);
        }
      },
      clear: () => {
        placement.remove();
        overlay.clear();
      },
      showChecking: (match) => {
        placement.remove();
        overlay.showChecking(match.customerId);
      },
      wait,
    });

    const onNavigate = (url: string) => void feature.onNavigate(url);

    onNavigate(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => onNavigate(newUrl.href));
    ctx.onInvalidated(() => (feature.stop(), placement.remove(), corner.host.remove()));
  },
});
