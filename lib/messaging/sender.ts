/** What the background needs to know of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * Only this extension's own contexts may talk to the background: its pages (URL under its own origin) and its content
 * scripts (same extension id, top frame of a tab). Web pages cannot reach runtime.onMessage without
 * externally_connectable, but the check keeps that true if the manifest ever changes.
 */
export function isFromThisExtension(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const fromContentScript = sender.tab !== undefined && (sender.frameId ?? 0) === 0;
  return fromExtensionPage || fromContentScript;
}
