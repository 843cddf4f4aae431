import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';

/** Partner Center's instants carry no zone and are UTC; shown with the time, in the reader's zone and language. */
export function formatInstant(instant: string, locale: string): string {
  const at = parsePartnerCenterDate(instant);
  return at === undefined ? instant : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/** `fr-FR` → "français (France)" in the reader's language; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
