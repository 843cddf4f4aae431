import { defineExtensionMessaging } from '@webext-core/messaging';
import type * as z from 'zod/mini';

type Definitions = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;

/**
 * A typed sender for a set of message definitions: the answer is parsed with its schema, so a malformed answer is an error,
 * never used as is. Built per set so that a context bundles only the schemas of the messages it sends.
 */
export function createSender<P extends Definitions>(definitions: P) {
  const messenger = defineExtensionMessaging<Record<string, unknown>>();
  return async function send<K extends keyof P & string>(
    type: K,
    data: z.input<P[K]['request']>,
  ): Promise<z.output<P[K]['response']>> {
    const answer: unknown = await (messenger.sendMessage as (t: K, d: unknown) => Promise<unknown>)(type, data);
    return definitions[type]!.response.parse(answer) as z.output<P[K]['response']>;
  };
}
