import type { AppMessageKey } from '../i18n';
import type { Message, MessageParams } from '../i18n/translator';

/** Keys of the `mca` namespace: a key missing from the English catalogue is a type error. */
export type McaMessageKey = Extract<AppMessageKey, `mca.${string}`>;

export function mcaMessage(key: McaMessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}
