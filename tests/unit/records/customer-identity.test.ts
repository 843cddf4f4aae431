import { describe, expect, it } from 'vitest';
import { apiIdentityReadAt, resolveIdentity, type IdentityReading, type IdentitySource } from '@/lib/records/customer-identity';
import type { CustomerRecord } from '@/lib/records/types';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const EARLY = '2026-11-01T09:00:00.000Z';
const LATE = '2026-12-01T09:00:00.000Z';

const known = (source: IdentitySource, observedAt: string, companyName = 'Known Name'): CustomerRecord => ({
  tenantId: T,
  companyName,
  lastSeenAt: observedAt,
  identity: { companyName: { source, observedAt } },
});
const reading = (source: IdentitySource, observedAt: string, companyName = 'New Name'): IdentityReading => ({
  source,
  observedAt,
  values: { companyName },
});

describe('resolveIdentity: one rule for who a customer is', () => {
  it.each<[string, IdentitySource, string, IdentitySource, string, string]>([
    ['the API over the page, even when the page is newer', 'api', EARLY, 'page', LATE, 'Known Name'],
    ['the API over an import', 'api', EARLY, 'import', LATE, 'Known Name'],
    ['the page over an import', 'page', EARLY, 'import', LATE, 'Known Name'],
    ['an API reading replaces what a page said', 'page', LATE, 'api', EARLY, 'New Name'],
    ['a page replaces what an import said', 'import', LATE, 'page', EARLY, 'New Name'],
    ['the newer reading of the same source wins', 'page', EARLY, 'page', LATE, 'New Name'],
    ['an older reading of the same source does not', 'api', LATE, 'api', EARLY, 'Known Name'],
    ['a reading as old as the known one replaces it', 'import', EARLY, 'import', EARLY, 'New Name'],
  ])('%s', (_case, knownSource, knownAt, source, at, expected) => {
    expect(resolveIdentity(known(knownSource, knownAt), reading(source, at)).companyName).toBe(expected);
  });

  it('takes every field of a first reading, with its origin', () => {
    const values = { companyName: 'Taylor Holdings Ltd', domain: 'taylor.example', country: 'GB', language: 'en-GB' };
    const resolved = resolveIdentity(undefined, { source: 'page', observedAt: LATE, values });
    expect(resolved).toMatchObject(values);
    expect(resolved.identity).toEqual(
      Object.fromEntries(Object.keys(values).map((field) => [field, { source: 'page', observedAt: LATE }])),
    );
  });

  it('keeps fields the reading does not say, and ignores blank values', () => {
    const resolved = resolveIdentity(
      { ...known('api', EARLY), domain: 'known.example' },
      {
        source: 'api',
        observedAt: LATE,
        values: { companyName: '  ', language: 'fr-FR' },
      },
    );
    expect(resolved).toMatchObject({ companyName: 'Known Name', domain: 'known.example', language: 'fr-FR' });
    expect(resolved.identity?.language).toEqual({ source: 'api', observedAt: LATE });
  });

  it('counts a field kept without an origin as imported when last seen, so any source may correct it', () => {
    const legacy: CustomerRecord = { tenantId: T, companyName: 'Old', lastSeenAt: LATE };
    expect(resolveIdentity(legacy, reading('page', EARLY)).companyName).toBe('New Name');
    expect(resolveIdentity(legacy, reading('import', EARLY)).companyName).toBe('Old');
  });

  it('knows when the API last said who the customer is', () => {
    expect(apiIdentityReadAt(undefined)).toBeUndefined();
    expect(apiIdentityReadAt(known('page', LATE))).toBeUndefined();
    const record: CustomerRecord = {
      tenantId: T,
      lastSeenAt: LATE,
      identity: {
        companyName: { source: 'api', observedAt: EARLY },
        domain: { source: 'api', observedAt: LATE },
        country: { source: 'page', observedAt: LATE },
      },
    };
    expect(apiIdentityReadAt(record)).toBe(LATE);
  });
});
