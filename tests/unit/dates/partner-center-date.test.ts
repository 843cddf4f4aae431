import { describe, expect, it } from 'vitest';
import { agreementDateOf, parsePartnerCenterDate, utcCalendarDay } from '@/lib/dates/partner-center-date';

describe('parsePartnerCenterDate', () => {
  it.each([
    ['2019-08-26T00:00:00', '2019-08-26T00:00:00.000Z'],
    ['2019-08-26T00:00:00Z', '2019-08-26T00:00:00.000Z'],
    ['2019-08-26t00:00:00z', '2019-08-26T00:00:00.000Z'],
    ['2019-08-26', '2019-08-26T00:00:00.000Z'],
    ['2019-08-26T13:45', '2019-08-26T13:45:00.000Z'],
    ['2019-08-26 13:45:12', '2019-08-26T13:45:12.000Z'],
    ['2023-03-31T23:59:59.9999999', '2023-03-31T23:59:59.999Z'],
    ['2023-04-01T02:00:00+02:00', '2023-04-01T00:00:00.000Z'],
    ['2023-03-31T20:00:00-0400', '2023-04-01T00:00:00.000Z'],
    ['  2020-02-29T00:00:00  ', '2020-02-29T00:00:00.000Z'],
    ['0099-01-01T00:00:00', '0099-01-01T00:00:00.000Z'],
  ])('%s is %s', (value, iso) => {
    expect(new Date(parsePartnerCenterDate(value) as number).toISOString()).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '2019-02-29T00:00:00',
    '2020-02-30',
    '2019-13-01',
    '2019-00-10',
    '2019-08-26T24:00:00',
    '2019-08-26T23:60:00',
    '2019-08-26T23:59:60',
    '2019-08-26T00:00:00+25:00',
    '2019-08-26T00:00:00+01:60',
    '2019-08-26Z',
    '26/08/2019',
    '2019-8-26',
    '+002019-08-26T00:00:00Z',
    '2019-08-26T00:00:00 Z',
  ])('%j is not a date', (value) => {
    expect(parsePartnerCenterDate(value)).toBeUndefined();
  });
});

describe('calendar days', () => {
  it('knows which days exist', () => {
    expect(utcCalendarDay(2020, 2, 29)).toBe(Date.parse('2020-02-29T00:00:00Z'));
    expect(utcCalendarDay(2021, 2, 29)).toBeUndefined();
    expect(utcCalendarDay(2020, 4, 31)).toBeUndefined();
  });
  it('formats a day as Partner Center sends it', () => {
    expect(agreementDateOf(2019, 8, 26)).toBe('2019-08-26T00:00:00');
    expect(agreementDateOf(2020, 2, 31)).toBeUndefined();
    expect(agreementDateOf(0, 1, 1)).toBeUndefined();
  });
});
