import { describe, expect, it } from 'vitest';
import { recordAttestation } from '@/lib/records/attestations';
import { rememberCustomer } from '@/lib/records/customers';
import { saveEvidence } from '@/lib/records/evidence';
import { recordInvitation } from '@/lib/records/invitations';
import { purgeOlderThan } from '@/lib/records/purge';
import { freshDb } from '../support/records-db';
import { attestation, auditRun, customer, directAcceptance, invitation, staleAttestation, T1, T2, T3 } from './support';

const NOW = new Date('2026-11-30T00:00:00Z');
const T4 = '44444444-4444-4444-8444-444444444444';

describe('purging records older than the retention period', () => {
  it('removes old evidence, assessments, invitations and audit runs, and the customers left with nothing', async () => {
    const db = await freshDb();
    // T1: old evidence only → goes entirely.
    await saveEvidence(db, staleAttestation(T1, '2026-09-01T00:00:00Z'));
    // T2: old evidence, recent page evidence → keeps the recent piece and its customer.
    await saveEvidence(db, staleAttestation(T2, '2026-09-01T00:00:00Z'));
    await saveEvidence(db, directAcceptance(T2, '2026-11-20T00:00:00Z'));
    // T3: seen long ago, but an attestation was submitted for it → kept.
    await rememberCustomer(db, customer(T3, { lastSeenAt: '2026-08-01T00:00:00Z' }));
    await recordAttestation(db, attestation(T3, 'req-3', '2026-08-01T00:00:00Z'));
    // T4: seen recently, nothing else → kept by its lastSeenAt.
    await rememberCustomer(db, customer(T4, { lastSeenAt: '2026-11-25T00:00:00Z' }));
    await recordInvitation(db, invitation(T1, '2026-09-01T00:00:00Z'));
    await recordInvitation(db, invitation(T2, '2026-11-29T00:00:00Z'));
    await db.put('auditRuns', auditRun('old', '2026-09-01T00:00:00Z'));
    await db.put('auditRuns', auditRun('recent', '2026-11-29T00:00:00Z'));
    await db.put('auditRuns', auditRun('unfinished', '2026-09-02T00:00:00Z'));
    await db.put('auditCheckpoint', {
      key: 'current',
      runId: 'unfinished',
      phase: 'customers',
      pageToken: null,
      pagesDone: 0,
      updatedAt: '2026-09-02T00:00:00Z',
    });
    await db.put('auditProgress', { runId: 'old', tenantId: T1, outcome: 'done', at: '2026-09-01T00:00:00Z' });
    await db.put('auditProgress', { runId: 'unfinished', tenantId: T1, outcome: 'done', at: '2026-09-02T00:00:00Z' });

    const removed = await purgeOlderThan(db, 30, NOW);

    expect(removed).toEqual({ evidence: 2, assessments: 1, invitations: 1, auditRuns: 1, customers: 1 });
    expect((await db.getAllKeys('customers')).sort()).toEqual([T2, T3, T4].sort());
    expect(await db.getAllKeys('evidence')).toEqual([[T2, 'page']]);
    expect(await db.getAllKeys('assessments')).toEqual([T2]);
    expect(await db.get('assessments', T2)).toMatchObject({
      status: 'direct-acceptance',
      evidence: [{ source: 'page' }],
      assessedAt: NOW.toISOString(),
    });
    expect((await db.getAll('invitations')).map((i) => i.tenantId)).toEqual([T2]);
    expect((await db.getAllKeys('auditRuns')).sort()).toEqual(['recent', 'unfinished']);
    expect(await db.getAllKeys('auditProgress')).toEqual([['unfinished', T1]]);
    expect(await db.count('attestations')).toBe(1);
  });

  it('drops an assessment whose evidence is all gone even when the assessment itself is recent', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1, '2026-09-01T00:00:00Z'), { now: new Date('2026-11-29T00:00:00Z') });
    expect(await purgeOlderThan(db, 30, NOW)).toMatchObject({ evidence: 1, assessments: 1, customers: 1 });
    expect(await db.count('assessments')).toBe(0);
  });

  it('removes nothing when everything is recent, and says so', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1, '2026-11-29T00:00:00Z'));
    expect(await purgeOlderThan(db, 30, NOW)).toEqual({
      evidence: 0,
      assessments: 0,
      invitations: 0,
      auditRuns: 0,
      customers: 0,
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s days', async (days) => {
    const db = await freshDb();
    await expect(purgeOlderThan(db, days, NOW)).rejects.toThrow(RangeError);
  });
});
