import { describe, expect, it } from 'vitest';
import { evidenceOf, saveEvidence } from '@/lib/records/evidence';
import { freshDb } from '../support/records-db';

const T1 = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const T2 = '11111111-2222-4333-8444-555555555555';

describe('evidence records', () => {
  it('keeps the latest observation per customer and source, and notes when the customer was seen', async () => {
    const db = await freshDb();
    await saveEvidence(db, { tenantId: T1, source: 'page', observedAt: '2026-11-01T00:00:00Z', agreements: [] });
    await saveEvidence(db, { tenantId: T1, source: 'page', observedAt: '2026-11-02T00:00:00Z', directAcceptance: true });
    await saveEvidence(db, { tenantId: T1, source: 'api', observedAt: '2026-11-03T00:00:00Z', agreements: [] });
    await saveEvidence(db, { tenantId: T2, source: 'page', observedAt: '2026-11-04T00:00:00Z', agreements: [] });

    const pieces = await evidenceOf(db, T1);
    expect(pieces.map((p) => [p.source, p.observedAt]).sort()).toEqual([
      ['api', '2026-11-03T00:00:00Z'],
      ['page', '2026-11-02T00:00:00Z'],
    ]);
    expect((await db.get('customers', T1))?.lastSeenAt).toBe('2026-11-03T00:00:00Z');
  });
});
