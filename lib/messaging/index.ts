import { defineExtensionMessaging } from '@webext-core/messaging';
import { contentProtocol } from './content-protocol';
import { protocol, type MessageData, type MessageRequest, type MessageResponse, type MessageType, type ProtocolMap } from './protocol';
import { createSender } from './send';
import { isFromThisExtension, type SenderInfo } from './sender';

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Sends a message to the background (or, from it, to open pages) and parses the answer. */
export const sendMessage: <K extends MessageType>(type: K, data: MessageRequest<K>) => Promise<MessageResponse<K>> = createSender(protocol);

/** Tells the extension's open pages something; having no page open to hear it is normal, not an error. */
export function broadcast<K extends MessageType>(type: K, data: MessageRequest<K>): void {
  void sendMessage(type, data).catch(() => undefined);
}

export interface HandlerContext {
  extensionId: string;
  extensionOrigin: string;
}

/** Registers the background's handler of one message type; senders outside this extension and malformed requests are refused. */
export function handleMessage<K extends MessageType>(
  type: K,
  context: HandlerContext,
  handler: (data: MessageData<K>, sender: SenderInfo) => MessageResponse<K> | Promise<MessageResponse<K>>,
): () => void {
  return messenger.onMessage(type, (message) => {
    const sender = message.sender as SenderInfo;
    if (!isFromThisExtension(sender, context.extensionId, context.extensionOrigin)) {
      throw new Error(`Refused "${String(type)}" from a sender outside this extension`);
    }
    const data = protocol[type].request.parse(message.data) as MessageData<K>;
    // The content script does not parse what it is answered (lib/messaging/content.ts): its answers are checked here.
    if (!Object.hasOwn(contentProtocol, type)) return handler(data, sender) as never;
    return Promise.resolve(handler(data, sender)).then((answer) => protocol[type].response.parse(answer)) as never;
  });
}
