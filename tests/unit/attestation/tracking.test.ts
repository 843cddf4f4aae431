import { describe, expect, it } from 'vitest';
import {
  afterRefusal,
  afterStatus,
  agreementCreated,
  expiredBy,
  isUnfinished,
  withAgreementRequestId,
} from '@/lib/attestation/tracking';
import type { AttestationStatus } from '@/lib/partner-center/contract';
import type { TrackedAttestationState } from '@/lib/records/types';
import { EXPIRES, tracked } from './tracked-fixture';

const NOW = new Date('2026-12-07T12:00:00.000Z');

describe('afterStatus', () => {
  it.each<[TrackedAttestationState, AttestationStatus, TrackedAttestationState]>([
    ['link-sent', 'linkgenerated', 'link-sent'],
    ['link-sent', 'customeraccepted', 'accepted'],
    ['link-sent', 'linkexpired', 'expired'],
    ['link-sent', 'agreementcreated', 'agreement-created'],
    ['link-sent', 'required', 'link-sent'],
    ['accepted', 'customeraccepted', 'accepted'],
    ['accepted', 'agreementcreated', 'agreement-created'],
    // A late or stale answer never moves an attestation back.
    ['accepted', 'linkgenerated', 'accepted'],
    ['accepted', 'linkexpired', 'accepted'],
    ['agreement-created', 'linkexpired', 'agreement-created'],
    ['agreement-created', 'linkgenerated', 'agreement-created'],
    ['expired', 'linkgenerated', 'expired'],
    ['expired', 'customeraccepted', 'accepted'],
  ])('%s + %s → %s', (state, status, expected) => {
    const next = afterStatus(tracked({ state }), { status, linkExpiresAt: EXPIRES }, NOW);
    expect(next.state).toBe(expected);
    expect(next.lastCheckedAt).toBe(NOW.toISOString());
  });

  it('keeps when the customer accepted and when the agreement was made, and the expiry Partner Center says', () => {
    const next = afterStatus(
      tracked(),
      {
        status: 'customeraccepted',
        linkExpiresAt: '2026-12-09T00:00:00.000Z',
        acceptedAt: '2026-12-07T11:00:00.000Z',
        agreementCreatedAt: null,
      },
      NOW,
    );
    expect(next).toMatchObject({ acceptedAt: '2026-12-07T11:00:00.000Z', linkExpiresAt: '2026-12-09T00:00:00.000Z' });
    expect(next).not.toHaveProperty('agreementCreatedAt');
  });
});

describe('expiredBy', () => {
  it.each<[string, TrackedAttestationState, string, boolean]>([
    ['a millisecond before the expiry', 'link-sent', '2026-12-08T09:59:59.999Z', false],
    ['at the expiry', 'link-sent', EXPIRES, true],
    ['after the expiry', 'link-sent', '2026-12-09T00:00:00.000Z', true],
    ['an accepted one after the expiry (its agreement can still be made)', 'accepted', '2026-12-09T00:00:00.000Z', false],
    ['an agreement after the expiry', 'agreement-created', '2026-12-09T00:00:00.000Z', false],
  ])('%s', (_, state, now, expires) => {
    const next = expiredBy(tracked({ state }), new Date(now));
    expect(next?.state).toBe(expires ? 'expired' : undefined);
  });
});

describe('the agreement request id', () => {
  it('is chosen once and kept', () => {
    let n = 0;
    const newId = () => `id-${(n += 1)}`;
    const once = withAgreementRequestId(tracked(), newId);
    expect(once.agreementRequestId).toBe('id-1');
    expect(withAgreementRequestId(once, newId).agreementRequestId).toBe('id-1');
  });

  it('records the agreement', () => {
    expect(agreementCreated(tracked({ state: 'accepted' }), NOW.toISOString())).toMatchObject({
      state: 'agreement-created',
      agreementCreatedAt: NOW.toISOString(),
    });
  });
});

describe('afterRefusal', () => {
  it.each<[string | undefined, TrackedAttestationState | undefined]>([
    ['AttestationLinkExpired', 'expired'],
    ['AttestationNotFound', 'failed'],
    ['600061', 'failed'],
    ['AttestationNotAccepted', undefined],
    ['429', undefined],
    [undefined, undefined],
  ])('code %s → %s', (code, state) => {
    const next = afterRefusal(tracked({ state: 'accepted', agreementRequestId: 'kept' }), code);
    expect(next?.state).toBe(state);
    if (next) expect(next).not.toHaveProperty('agreementRequestId');
    if (state === 'failed') expect(next?.failureCode).toBe(code);
  });

  it('never undoes an agreement', () => {
    expect(afterRefusal(tracked({ state: 'agreement-created' }), 'AttestationLinkExpired')).toBeUndefined();
  });
});

describe('isUnfinished', () => {
  it.each<[TrackedAttestationState, boolean]>([
    ['link-sent', true],
    ['accepted', true],
    ['agreement-created', false],
    ['expired', false],
    ['failed', false],
  ])('%s → %s', (state, unfinished) => expect(isUnfinished({ state })).toBe(unfinished));
});
