import { utcCalendarDay } from '../dates/partner-center-date';
import { INTL_LOCALE, type InvitationLocale } from './locales';
import { singleTimeZoneOf } from './time-zones';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return utcCalendarDay(year, month, day) !== undefined;
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD` (comparable as a string with other such dates). */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` day written out in the template language, e.g. "5 janvier 2026". */
export function formatLongDate(isoDay: string, locale: InvitationLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/**
 * An instant with its date and time in the template language, on the clock of the customer's country when it has a single
 * time zone ("30 mars 2026 à 19:00 (heure d’Europe centrale)"), else in UTC said as such ("March 30, 2026 at 5:00 PM (UTC)").
 */
export function formatInstantIn(instant: string, locale: InvitationLocale, country: string | undefined): string {
  const at = new Date(instant);
  const zone = singleTimeZoneOf(country);
  const timeZone = zone ?? 'UTC';
  const dateTime = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
  const zoneName =
    zone === undefined
      ? 'UTC'
      : (new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: 'longGeneric' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')?.value ?? zone);
  return `${dateTime} (${zoneName})`;
}
