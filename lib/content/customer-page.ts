import type { AccountPageEvidence } from '../partner-center/account-page';
import { readAccountAgreementSection } from '../partner-center/account-page';
import type { PageIdentity } from '../partner-center/customer-identity-dom';
import type { PageMatch } from '../partner-center/pages';

export type CustomerPage = PageMatch & { customerId: string };

/** What a customer page showed: the Account page's agreement section, who the customer is. */
export interface PageShown {
  page?: AccountPageEvidence;
  identity?: PageIdentity;
}

export interface CustomerPageDeps {
  detect(url: string): PageMatch | null;
  /** The Account page's agreement section text, or null while it is not rendered. */
  readSection(): string | null;
  /** Who the customer is, as far as the page shows it yet. */
  readIdentity(): PageIdentity;
  /** Asks for and shows the status, with what the page showed; shows nothing once `signal` says the user has moved on. */
  requestStatus(match: CustomerPage, shown: PageShown, signal: AbortSignal): Promise<void>;
  clear(): void;
  showChecking(match: CustomerPage): void;
  wait(ms: number, signal: AbortSignal): Promise<void>;
}

/** Partner Center renders the section some time after navigation; look again, less and less often, for about ten seconds. */
export const SECTION_RETRY_DELAYS_MS = [0, 150, 300, 600, 1200, 2400, 4800] as const;

const saysSomething = (reading: AccountPageEvidence) =>
  reading.partnerAttestation !== 'unknown' || reading.directAcceptance !== 'unknown';

/**
 * What happens on each page of Partner Center: nothing outside customer pages; on a customer page, the status at once from
 * what is known, then again as soon as the page shows who the customer is and, on the Account page, its agreement section.
 */
export function createCustomerPageFeature(deps: CustomerPageDeps) {
  let current: AbortController | null = null;

  function readSection(): AccountPageEvidence | undefined {
    const text = deps.readSection();
    const reading = text === null ? undefined : readAccountAgreementSection(text);
    return reading && saysSomething(reading) ? reading : undefined;
  }

  async function readPage(customer: CustomerPage, isAccount: boolean, signal: AbortSignal): Promise<void> {
    const shown: PageShown = {};
    for (const delay of SECTION_RETRY_DELAYS_MS) {
      await deps.wait(delay, signal);
      if (signal.aborted) return;
      const page = isAccount && !shown.page ? readSection() : undefined;
      const found = shown.identity ? undefined : deps.readIdentity();
      const identity = found?.companyName ? found : undefined;
      if (page || identity) {
        Object.assign(shown, page && { page }, identity && { identity });
        await deps.requestStatus(customer, { ...shown }, signal);
      }
      if ((shown.page || !isAccount) && shown.identity) return;
    }
  }

  return {
    async onNavigate(url: string): Promise<void> {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const match = deps.detect(url);
      if (match?.kind !== 'customer' || !match.customerId) {
        deps.clear();
        return;
      }
      const customer = { ...match, customerId: match.customerId };
      deps.showChecking(customer);
      await deps.requestStatus(customer, {}, controller.signal);
      await readPage(customer, match.section === 'account' || match.section === undefined, controller.signal);
    },
    stop(): void {
      current?.abort();
    },
  };
}
