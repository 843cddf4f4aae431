import { z } from 'zod';

/** One message: what the caller sends and what the background answers, both parsed at the receiving end. */
const message = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

const extensionPage = z.enum(['dashboard', 'options']);

export const protocol = {
  /** Opens the Chrome side panel / Firefox sidebar, on a customer when one is given. Must run inside the user's click. */
  openSidePanel: message(z.object({ tenantId: z.string().optional() }), z.object({ opened: z.boolean() })),
  /** Opens a full-tab extension page, focusing an existing one. */
  openExtensionPage: message(z.object({ page: extensionPage, query: z.record(z.string(), z.string()).optional() }), z.object({ tabId: z.number().optional() })),
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type MessageRequest<K extends MessageType> = z.input<Protocol[K]['request']>;
/** The request as the handler sees it, after parsing (defaults applied). */
export type MessageData<K extends MessageType> = z.output<Protocol[K]['request']>;
export type MessageResponse<K extends MessageType> = z.output<Protocol[K]['response']>;
export type ExtensionPage = z.infer<typeof extensionPage>;

export type ProtocolMap = { [K in MessageType]: (data: MessageRequest<K>) => MessageResponse<K> };
