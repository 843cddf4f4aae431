import { describe, expect, it } from 'vitest';
import {
  trackAttestation,
  trackedAttestation,
  trackedAttestationsIn,
  trackedAttestationsOf,
  updateTrackedAttestation,
} from '@/lib/records/tracked-attestations';
import type { TrackedAttestation } from '@/lib/records/types';
import { freshDb } from '../support/records-db';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const OTHER = '11111111-2222-4333-8444-555555555555';

function tracked(attestationId: string, change: Partial<TrackedAttestation> = {}): TrackedAttestation {
  return {
    attestationId,
    tenantId: T,
    companyName: 'Contoso SARL',
    country: 'FR',
    language: 'fr-FR',
    signer: { firstName: 'Anne', lastName: 'Martin', email: 'anne@contoso.example' },
    attestedBy: { name: 'Paul Durand', upn: 'paul@partner.example', objectId: 'b1d1c7a2-3f4e-4a5b-8c6d-7e8f9a0b1c2d' },
    state: 'link-sent',
    acceptanceUrl: 'https://example.microsoft.com/accept/1',
    linkExpiresAt: '2026-12-05T10:00:00.000Z',
    createdAt: '2026-12-04T10:00:00.000Z',
    requestId: 'r-' + attestationId,
    correlationId: 'c-' + attestationId,
    ...change,
  };
}

describe('tracked attestations', () => {
  it('keeps one record per attestation id, the last write winning', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('a1'));
    await trackAttestation(db, tracked('a1', { state: 'accepted', acceptedAt: '2026-12-04T12:00:00.000Z' }));
    expect(await trackedAttestation(db, 'a1')).toMatchObject({ state: 'accepted', acceptedAt: '2026-12-04T12:00:00.000Z' });
    expect(await trackedAttestationsOf(db, T)).toHaveLength(1);
  });

  it('lists a customer’s attestations newest first, and only that customer’s', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('old', { createdAt: '2026-12-01T10:00:00.000Z' }));
    await trackAttestation(db, tracked('new', { createdAt: '2026-12-03T10:00:00.000Z' }));
    await trackAttestation(db, tracked('theirs', { tenantId: OTHER }));
    expect((await trackedAttestationsOf(db, T)).map((t) => t.attestationId)).toEqual(['new', 'old']);
  });

  it('lists the attestations in the states asked for', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('sent'));
    await trackAttestation(db, tracked('accepted', { state: 'accepted' }));
    await trackAttestation(db, tracked('done', { state: 'agreement-created' }));
    await trackAttestation(db, tracked('expired', { state: 'expired' }));
    const unfinished = await trackedAttestationsIn(db, ['link-sent', 'accepted']);
    expect(unfinished.map((t) => t.attestationId).sort()).toEqual(['accepted', 'sent']);
    expect(await trackedAttestationsIn(db, ['failed'])).toEqual([]);
  });

  it('applies a change to the record as stored, or leaves it when the change declines', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('a1'));
    const accept = (current: TrackedAttestation) =>
      current.state === 'link-sent' ? { ...current, state: 'accepted' as const, agreementRequestId: 'once' } : undefined;
    expect(await updateTrackedAttestation(db, 'a1', accept)).toMatchObject({ state: 'accepted', agreementRequestId: 'once' });
    // The second change sees the first one's result, so the step is taken once.
    const second = await updateTrackedAttestation(db, 'a1', accept);
    expect(second).toMatchObject({ state: 'accepted', agreementRequestId: 'once' });
    expect(await updateTrackedAttestation(db, 'unknown', accept)).toBeUndefined();
  });

  it('two changes started together are applied one after the other', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('a1'));
    let taken = 0;
    const takeOnce = (current: TrackedAttestation) => {
      if (current.agreementRequestId) return undefined;
      taken += 1;
      return { ...current, agreementRequestId: `request-${taken}` };
    };
    const results = await Promise.all([
      updateTrackedAttestation(db, 'a1', takeOnce),
      updateTrackedAttestation(db, 'a1', takeOnce),
    ]);
    expect(taken).toBe(1);
    expect(results.map((r) => r?.agreementRequestId)).toEqual(['request-1', 'request-1']);
  });

  it('refuses a change that would move the record to another attestation id', async () => {
    const db = await freshDb();
    await trackAttestation(db, tracked('a1'));
    await expect(updateTrackedAttestation(db, 'a1', (current) => ({ ...current, attestationId: 'a2' }))).rejects.toThrow();
    expect(await trackedAttestation(db, 'a2')).toBeUndefined();
  });
});
