import type { AccountPageEvidence } from '../partner-center/account-page';
import { readAccountAgreementSection } from '../partner-center/account-page';
import type { PageMatch } from '../partner-center/pages';

export type CustomerPage = PageMatch & { customerId: string };

export interface CustomerPageDeps {
  detect(url: string): PageMatch | null;
  /** The Account page's agreement section text, or null while it is not rendered. */
  readSection(): string | null;
  /** Asks for and shows the status; shows nothing once `signal` says the user has moved on. */
  requestStatus(match: CustomerPage, page: AccountPageEvidence | undefined, signal: AbortSignal): Promise<void>;
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
 * what is known, then, on the Account page, again once the agreement section has been read.
 */
export function createCustomerPageFeature(deps: CustomerPageDeps) {
  let current: AbortController | null = null;

  async function readAccountPage(signal: AbortSignal): Promise<AccountPageEvidence | undefined> {
    for (const delay of SECTION_RETRY_DELAYS_MS) {
      await deps.wait(delay, signal);
      if (signal.aborted) return undefined;
      const text = deps.readSection();
      if (text === null) continue;
      const reading = readAccountAgreementSection(text);
      if (saysSomething(reading)) return reading;
    }
    return undefined;
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
      await deps.requestStatus(customer, undefined, controller.signal);
      if (match.section !== 'account' && match.section !== undefined) return;
      const page = await readAccountPage(controller.signal);
      if (page && !controller.signal.aborted) await deps.requestStatus(customer, page, controller.signal);
    },
    stop(): void {
      current?.abort();
    },
  };
}
