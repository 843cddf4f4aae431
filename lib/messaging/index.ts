import { defineExtensionMessaging } from '@webext-core/messaging';
import { contentProtocol } from './content-protocol';
import {
  protocol,
  type MessageData,
  type MessageRequest,
  type MessageResponse,
  type MessageType,
  type ProtocolMap,
} from './protocol';
import { createSender } from './send';
import { contentScriptMayAskStatus, senderKind, type SenderInfo } from './sender';

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Sends a message to the background (or, from it, to open pages) and parses the answer. */
export const sendMessage: <K extends MessageType>(type: K, data: MessageRequest<K>) => Promise<MessageResponse<K>> =
  createSender(protocol);

/** Tells the extension's open pages something; having no page open to hear it is normal, not an error. */
export function broadcast<K extends MessageType>(type: K, data: MessageRequest<K>): void {
  void sendMessage(type, data).catch(() => undefined);
}

export interface HandlerContext {
  extensionId: string;
  extensionOrigin: string;
}

const isContentMessage = (type: MessageType) => Object.hasOwn(contentProtocol, type);

// A content script asking anything else is a page that got hold of it: said once per type, never with what it sent.
const refusalsLogged = new Set<MessageType>();
function refuseFromContentScript(type: MessageType): never {
  if (!refusalsLogged.has(type)) {
    refusalsLogged.add(type);
    console.warn(`Refused "${type}" from a content script`);
  }
  throw new Error(`Refused "${type}" from a content script`);
}

/**
 * Registers the background's handler of one message type. Refused before the handler runs: senders outside this extension,
 * a content script asking anything but its own messages or the status of a customer its tab does not show, and malformed
 * requests.
 */
export function handleMessage<K extends MessageType>(
  type: K,
  context: HandlerContext,
  handler: (data: MessageData<K>, sender: SenderInfo) => MessageResponse<K> | Promise<MessageResponse<K>>,
): () => void {
  return messenger.onMessage(type, (message) => {
    const sender = message.sender as SenderInfo;
    const kind = senderKind(sender, context.extensionId, context.extensionOrigin);
    if (kind === null) throw new Error(`Refused "${String(type)}" from a sender outside this extension`);
    if (kind === 'content-script' && !isContentMessage(type)) refuseFromContentScript(type);
    const data = protocol[type].request.parse(message.data) as MessageData<K>;
    if (
      kind === 'content-script' &&
      type === 'getCustomerStatus' &&
      !contentScriptMayAskStatus(data as MessageData<'getCustomerStatus'>, sender)
    ) {
      throw new Error(`Refused "${type}" for a customer the sender's tab does not show`);
    }
    // The content script does not parse what it is answered (lib/messaging/content.ts): its answers are checked here.
    if (!isContentMessage(type)) return handler(data, sender) as never;
    return Promise.resolve(handler(data, sender)).then((answer) => protocol[type].response.parse(answer)) as never;
  });
}
