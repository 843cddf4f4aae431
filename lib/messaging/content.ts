import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as z from 'zod/mini';
import type { contentProtocol } from './content-protocol';

type ContentProtocol = typeof contentProtocol;
export type ContentMessageType = keyof ContentProtocol;

const messenger = defineExtensionMessaging<Record<string, unknown>>();

/**
 * What the content script sends to the background. Only this extension's background can answer it, and it checks each
 * answer against the message's schema before sending it (`handleMessage`), so the script on every Partner Center page
 * carries no schema library.
 */
export function sendFromContent<K extends ContentMessageType>(
  type: K,
  data: z.input<ContentProtocol[K]['request']>,
): Promise<z.output<ContentProtocol[K]['response']>> {
  return (messenger.sendMessage as (t: K, d: unknown) => Promise<z.output<ContentProtocol[K]['response']>>)(type, data);
}
