/** Partner Center's instants carry no zone and are UTC; shown with the time, in the reader's zone and language. */
export function formatInstant(instant: string, locale: string): string {
  const date = new Date(/Z|[+-]\d{2}:?\d{2}$/.test(instant) ? instant : `${instant}Z`);
  return Number.isNaN(date.getTime()) ? instant : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** `fr-FR` → "français (France)" in the reader's language; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
