import { describe, expect, it } from 'vitest';
import { customerRecord, rememberCustomer, searchCustomers } from '@/lib/records/customers';
import { invitationsOf, recordInvitation } from '@/lib/records/invitations';
import { freshDb } from '../support/records-db';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';

describe('invitation and customer records', () => {
  it('lists a customer’s invitations newest first, and only that customer’s', async () => {
    const db = await freshDb();
    await recordInvitation(db, { tenantId: T, kind: 'accept-mca', locale: 'fr', via: 'copy', at: '2026-11-01T10:00:00Z' });
    await recordInvitation(db, {
      tenantId: T,
      kind: 'attestation-notice',
      locale: 'fr',
      via: 'mailto',
      at: '2026-11-03T10:00:00Z',
    });
    await recordInvitation(db, { kind: 'new-customer', locale: 'en', via: 'eml', at: '2026-11-02T10:00:00Z' });
    expect((await invitationsOf(db, T)).map((r) => r.kind)).toEqual(['attestation-notice', 'accept-mca']);
  });

  it('merges what is newly known of a customer without losing what was known', async () => {
    const db = await freshDb();
    await rememberCustomer(db, { tenantId: T, companyName: 'Contoso', country: 'FR', lastSeenAt: '2026-11-01T00:00:00Z' });
    await rememberCustomer(db, { tenantId: T, language: 'fr-FR', companyName: '', lastSeenAt: '2026-11-02T00:00:00Z' });
    expect(await customerRecord(db, T)).toMatchObject({
      tenantId: T,
      companyName: 'Contoso',
      country: 'FR',
      language: 'fr-FR',
      lastSeenAt: '2026-11-02T00:00:00Z',
    });
  });

  it('finds customers by tenant id prefix or by name, ignoring accents and case', async () => {
    const db = await freshDb();
    await rememberCustomer(db, { tenantId: T, companyName: 'Société Générale d’Études', lastSeenAt: '2026-11-01T00:00:00Z' });
    await rememberCustomer(db, {
      tenantId: '11111111-2222-4333-8444-555555555555',
      companyName: 'Contoso',
      lastSeenAt: '2026-11-01T00:00:00Z',
    });
    expect((await searchCustomers(db, 'GENERALE')).map((c) => c.tenantId)).toEqual([T]);
    expect((await searchCustomers(db, '1111')).map((c) => c.companyName)).toEqual(['Contoso']);
    expect(await searchCustomers(db, '  ')).toEqual([]);
    expect(await searchCustomers(db, 'fabrikam')).toEqual([]);
  });
});
