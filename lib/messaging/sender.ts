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

/**
 * The customer whose page the sender's tab shows, read from the tab's URL as the browser reports it (not from anything the
 * page says): a content script may ask about that customer only.
 */
export function customerOfSenderTab(sender: SenderInfo): string | undefined {
  const url = sender.tab?.url;
  if (url === undefined) return undefined;
  const page = detectPage(url, { origins: partnerCenterOrigins(url) });
  return page?.kind === 'customer' ? page.customerId : undefined;
}
