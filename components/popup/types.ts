import type { InvitationKind, InvitationLocale, RenderedInvitation } from '@/lib/email/invitations';
import type { AcceptanceLinkOffer } from '@/lib/email-draft/acceptance-link';
import type { DraftValues } from '@/lib/email-draft/fields';
import type { DraftRecord } from '@/lib/email-draft/record';
import type { McaStatus } from '@/lib/mca/types';

/** Where the form starts: what is known of the customer on the page or in the URL, and the partner's settings. */
export interface DraftContext {
  kind: InvitationKind;
  locale: InvitationLocale;
  values: DraftValues;
  /** The customer's agreement status, when a customer is known. */
  status?: McaStatus;
  /** A customer was named but what is known of it could not be read. */
  lookupFailed: boolean;
  /** Microsoft's acceptance link waiting for the customer's signer, if any: without one, its email is not offered. */
  acceptanceLink: AcceptanceLinkOffer;
}

/** How a finished email leaves the popup; the browser APIs behind them are the page's business. */
export interface DraftOutputs {
  /** Formatted and plain text on the clipboard; says which one it managed. */
  copy(email: Pick<RenderedInvitation, 'html' | 'text'>): Promise<'rich' | 'plain'>;
  download(fileName: string, content: string): void;
  openMailto(url: string): Promise<void>;
  record(record: DraftRecord): Promise<void>;
}
