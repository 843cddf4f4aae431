import rosetta from 'rosetta';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
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
  t: (key: K, params?: MessageParams) => string;
  render: (message: Message) => string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Dates travel as ISO strings and are shown as calendar dates in the reader's language. Partner Center's dates carry no
 * zone and are UTC, so they are read and shown in UTC: a reader west of Greenwich must not see the day before.
 */
function formatDates(params: MessageParams, locale: UiLocale): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_INSTANT.test(value)) {
      const instant = parsePartnerCenterDate(value);
      out[name] =
        instant === undefined ? value : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
    } else {
      out[name] = value;
    }
  }
  return out;
}

/**
 * Rosetta does the lookup and `{{param}}` interpolation; a key missing in the chosen language falls back to English,
 * and a key missing everywhere shows as itself so that a gap is visible rather than blank.
 */
export function createTranslator<C extends Catalog>(catalogs: Record<UiLocale, C>, locale: UiLocale): Translator<MessageKey<C>> {
  const i18n = rosetta<C>(catalogs);
  const lookup = (key: string, params?: MessageParams): string => {
    const shown = formatDates(params ?? {}, locale);
    return i18n.t(key, shown, locale) || i18n.t(key, shown, 'en') || key;
  };
  return {
    locale,
    t: lookup,
    render: (message) => lookup(message.key, message.params),
  };
}
