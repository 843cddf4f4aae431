import rosetta from 'rosetta';
import type { UiLocale } from './locale';

export type MessageParams = Record<string, string | number>;

/** A sentence to show, as a catalogue key and its parameters; rendered in the UI's language at the last moment. */
export interface Message {
  key: string;
  params?: MessageParams;
}

type Catalog = { [key: string]: string | Catalog };

/** Dot paths to every string of a catalogue, e.g. "common.appName". */
export type MessageKey<C> = {
  [K in keyof C & string]: C[K] extends string ? K : `${K}.${MessageKey<C[K]>}`;
}[keyof C & string];

export interface Translator<K extends string> {
  locale: UiLocale;
  t(key: K, params?: MessageParams): string;
  render(message: Message): string;
}

/**
 * Rosetta does the lookup and `{{param}}` interpolation; a key missing in the chosen language falls back to English,
 * and a key missing everywhere shows as itself so that a gap is visible rather than blank.
 */
export function createTranslator<C extends Catalog>(catalogs: Record<UiLocale, C>, locale: UiLocale): Translator<MessageKey<C>> {
  const i18n = rosetta<C>(catalogs);
  const lookup = (key: string, params?: MessageParams): string =>
    i18n.t(key, params ?? {}, locale) || i18n.t(key, params ?? {}, 'en') || key;
  return {
    locale,
    t: lookup,
    render: (message) => lookup(message.key, message.params),
  };
}
