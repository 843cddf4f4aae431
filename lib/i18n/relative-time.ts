const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago an ISO instant was, in the reader's language ("5 minutes ago", "il y a 5 minutes"). */
export function relativeAge(isoInstant: string, now: Date, locale: string): string {
  const seconds = Math.round((new Date(isoInstant).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Number.isNaN(seconds)) return isoInstant;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.abs(seconds) < 10 && unit === 'second' ? 0 : Math.trunc(seconds / size), unit);
    }
  }
  return isoInstant;
}
