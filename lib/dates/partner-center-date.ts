// Partner Center's date-times (`dateAgreed`, a link's expiry): `2019-08-26T00:00:00` with no zone meaning UTC, sometimes
// with a trailing `Z` or an offset. Date.parse would read the zone-less form as local time, hence this strict reader, the one
// every reader of such a date uses.

const DATE_AGREED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const ZONE_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Midnight UTC of that calendar day in epoch milliseconds, or undefined when the day does not exist (31/02). */
export function utcCalendarDay(year: number, month: number, day: number): number | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0-99 into 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.getTime() : undefined;
}

/** A calendar day in Partner Center's `dateAgreed` form (`YYYY-MM-DDT00:00:00`), or undefined when the day does not exist. */
export function agreementDateOf(year: number, month: number, day: number): string | undefined {
  if (year < 1 || year > 9999 || utcCalendarDay(year, month, day) === undefined) return undefined;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T00:00:00`;
}

function offsetMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === 'Z') return 0;
  const match = ZONE_OFFSET.exec(zone);
  if (!match) return undefined;
  const [, sign, hours = '', minutes = ''] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The instant a Partner Center date-time names, in epoch milliseconds, or undefined when it is not a real date and time. */
export function parsePartnerCenterDate(value: string): number | undefined {
  const match = DATE_AGREED.exec(value.trim());
  if (!match) return undefined;
  const [, year = '', month = '', day = '', hours = '0', minutes = '0', seconds = '0', fraction = '', zone = 'Z'] = match;
  const midnight = utcCalendarDay(Number(year), Number(month), Number(day));
  const offset = offsetMinutes(zone);
  if (midnight === undefined || offset === undefined) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const minutesOfDay = Number(hours) * 60 + Number(minutes) - offset;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  return midnight + (minutesOfDay * 60 + Number(seconds)) * 1000 + milliseconds;
}
