import { describe, expect, it } from 'vitest';
import { relativeAge } from '@/lib/i18n/relative-time';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('relativeAge', () => {
  it.each([
    ['2026-11-23T12:00:00Z', 'en', 'now'],
    ['2026-11-23T11:59:55Z', 'en', 'now'],
    ['2026-11-23T11:59:30Z', 'en', '30 seconds ago'],
    ['2026-11-23T11:55:00Z', 'en', '5 minutes ago'],
    ['2026-11-23T09:00:00Z', 'en', '3 hours ago'],
    ['2026-11-22T12:00:00Z', 'en', 'yesterday'],
    ['2026-11-09T12:00:00Z', 'en', '2 weeks ago'],
    ['2025-11-23T12:00:00Z', 'en', 'last year'],
    ['2026-11-23T11:55:00Z', 'fr', 'il y a 5 minutes'],
    ['2026-11-22T12:00:00Z', 'fr', 'hier'],
    ['not a date', 'en', 'not a date'],
  ])('%s in %s → %s', (instant, locale, expected) => {
    expect(relativeAge(instant, NOW, locale)).toBe(expected);
  });
});
