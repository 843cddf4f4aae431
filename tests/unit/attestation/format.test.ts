import { describe, expect, it } from 'vitest';
import { formatInstant } from '@/components/attestation/format';

describe('formatInstant', () => {
  const utc = (value: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
  it.each([
    ['a zone-less instant, read as UTC', '2026-01-05T10:00:00', utc('2026-01-05T10:00:00Z')],
    ['an instant in UTC', '2026-01-05T10:00:00Z', utc('2026-01-05T10:00:00Z')],
    ['an instant with an offset', '2026-01-05T12:00:00+02:00', utc('2026-01-05T10:00:00Z')],
    ['a day that does not exist, shown as given', '2026-02-30T10:00:00', '2026-02-30T10:00:00'],
    ['not a date, shown as given', 'soon', 'soon'],
  ])('%s', (_label, instant, expected) => {
    expect(formatInstant(instant, 'en')).toBe(expected);
  });
});
