import { describe, expect, it } from 'vitest';
import { recordAttestation } from '@/lib/records/attestations';
import { rememberCustomer } from '@/lib/records/customers';
import { RecordsError } from '@/lib/records/errors';
import { saveEvidence } from '@/lib/records/evidence';
import { recordInvitation } from '@/lib/records/invitations';
import { applyRetention, removedCount, retentionDays, retentionFailure } from '@/lib/records/retention';
import { freshDb } from '../support/records-db';
import { attestation, auditRun, customer, directAcceptance, invitation, staleAttestation, T1, T2, T3 } from './support';

const NOW = new Date('2026-11-30T00:00:00Z');
const OLD = '2026-08-01T00:00:00Z';
const RECENT = '2026-11-20T00:00:00Z';

describe('the days the retention setting purges by', () => {
  it.each([
    [0, null],
    [1, null],
    [29, null],
    [30, 30],
    [365, 365],
    [3650, 3650],
    [3651, null],
    [-30, null],
    [90.5, null],
    [Number.NaN, null],
  ])('%s days: %s', (recordRetentionDays, days) => {
    expect(retentionDays({ recordRetentionDays })).toBe(days);
  });
});

describe('applying the retention setting', () => {
  it('counts every record removed, of every kind', () => {
    expect(removedCount({ evidence: 2, assessments: 1, invitations: 3, auditRuns: 1, customers: 4 })).toBe(11);
    expect(removedCount({ evidence: 0, assessments: 0, invitations: 0, auditRuns: 0, customers: 0 })).toBe(0);
  });

  it('removes the records older than the days set, keeps the recent ones and the attestations', async () => {
    const db = await freshDb();
    // T1: old evidence, assessment and invitation go; its customer stays with its attestation.
    await saveEvidence(db, staleAttestation(T1, OLD));
    await recordInvitation(db, invitation(T1, OLD));
    await recordAttestation(db, attestation(T1, 'req-1', OLD));
    // T2: all recent.
    await saveEvidence(db, directAcceptance(T2, RECENT));
    await recordInvitation(db, invitation(T2, RECENT));
    // T3: a customer seen long ago and nothing else.
    await rememberCustomer(db, customer(T3, { lastSeenAt: OLD }));
    await db.put('auditRuns', auditRun('old', OLD));

    expect(await applyRetention({ recordRetentionDays: 90 }, async () => db, NOW)).toEqual({ ok: true, removed: 5, days: 90 });
    expect(await db.getAllKeys('evidence')).toEqual([[T2, 'page']]);
    expect(await db.getAllKeys('assessments')).toEqual([T2]);
    expect((await db.getAll('invitations')).map((record) => record.tenantId)).toEqual([T2]);
    expect((await db.getAllKeys('customers')).sort()).toEqual([T1, T2].sort());
    expect(await db.count('auditRuns')).toBe(0);
    expect(await db.count('attestations')).toBe(1);
  });

  it('keeping everything neither opens the records nor removes anything', async () => {
    const openDb = () => Promise.reject(new Error('not to be opened'));
    expect(await applyRetention({ recordRetentionDays: 0 }, openDb, NOW)).toEqual({ ok: true, removed: 0, days: null });
  });

  it.each([
    [new RecordsError('quota'), { messageKey: 'records.errors.quota', retryable: true, code: 'quota' }],
    [new RecordsError('unavailable'), { messageKey: 'records.errors.unavailable', retryable: false, code: 'unavailable' }],
    [new RecordsError('newer-version'), { messageKey: 'records.errors.newerVersion', retryable: false, code: 'newer-version' }],
    [new TypeError('boom'), { messageKey: 'records.errors.writeFailed', retryable: true }],
  ])('a failure (%s) is told in the records’ words', async (error, failure) => {
    expect(retentionFailure(error)).toEqual(failure);
    expect(await applyRetention({ recordRetentionDays: 30 }, () => Promise.reject(error), NOW)).toEqual({
      ok: false,
      error: failure,
    });
  });
});
