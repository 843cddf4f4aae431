import { describe, expect, it } from 'vitest';
import { saveEvidence } from '@/lib/records/evidence';
import { listedStatuses } from '@/lib/status/listed-statuses';
import { directAcceptance, staleAttestation, T1, T2, T3 } from '../records/support';
import { freshDb } from '../support/records-db';

describe('listedStatuses', () => {
  it('answers from the kept assessments, with the age of the newest evidence, and leaves out customers never checked', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1, '2026-11-01T00:00:00Z'), { now: new Date('2026-11-20T00:00:00Z') });
    await saveEvidence(db, staleAttestation(T2, '2026-11-01T00:00:00Z'));
    await saveEvidence(db, directAcceptance(T2, '2026-11-05T00:00:00Z'));
    const statuses = await listedStatuses(db, [T3, T2, T1]);
    expect(statuses).toEqual([
      { tenantId: T2, status: 'direct-acceptance', atRisk: false, evidenceAt: '2026-11-05T00:00:00Z' },
      { tenantId: T1, status: 'attestation-stale', atRisk: true, evidenceAt: '2026-11-01T00:00:00Z' },
    ]);
    expect(await listedStatuses(db, [])).toEqual([]);
  });
});
