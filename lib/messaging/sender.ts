import { detectPage } from '../partner-center/pages';
import { partnerCenterOrigins } from '../config/build';

/** What the background needs to know of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind = 'extension-page' | 'content-script';

/**
 * Only this extension's own contexts may talk to the background: its pages (URL under its own origin) and its content
 * scripts (same extension id, top frame of a tab). Web pages cannot reach runtime.onMessage without
 * externally_connectable, but the check keeps that true if the manifest ever changes.
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab !== undefined && (sender.frameId ?? 0) === 0) return 'content-script';
  return null;
}

/** The Partner Center page the sender's tab shows, read from the tab's URL as the browser reports it (not from anything the page says). */
function pageOfSenderTab(sender: SenderInfo) {
  const url = sender.tab?.url;
  return url === undefined ? null : detectPage(url, { origins: partnerCenterOrigins(url) });
}

/** The customer whose page the sender's tab shows: a content script may tell what it read of that customer only. */
export function customerOfSenderTab(sender: SenderInfo): string | undefined {
  const page = pageOfSenderTab(sender);
  return page?.kind === 'customer' ? page.customerId : undefined;
}

/**
 * Whether a content script may ask this status: anything of the customer its tab shows; on a customer list, the status of a
 * customer listed there as the records and the API know it, but nothing read from the page (it would be another customer's).
 */
export function contentScriptMayAskStatus(
  request: { tenantId: string; page?: unknown; identity?: unknown },
  sender: SenderInfo,
): boolean {
  const page = pageOfSenderTab(sender);
  if (page?.kind === 'customer') return request.tenantId === page.customerId;
  return page?.kind === 'customer-list' && request.page === undefined && request.identity === undefined;
}
