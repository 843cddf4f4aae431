import { describe, expect, it } from 'vitest';
import { customerFieldsOf, evidenceFromApi, evidenceFromFeed } from '@/lib/evidence/partner-center';
import { classifyCallError, feedNotOffered } from '@/lib/audit/failures';
import { createEvenPacer, DEFAULT_HEADROOM } from '@/lib/audit/pacer';
import { runPool } from '@/lib/audit/pool';
import { offline, pcError } from './fake-partner-center';
import { busiestWindow } from './support';
import { createVirtualTime } from '../support/fake-time';

const TENANT = 'AAAAAAAA-0000-4000-8000-000000000001';
const AT = '2026-11-20T09:00:00.000Z';

describe('bulk feed records as evidence', () => {
  const contact = { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@example.fr', phoneNumber: null };
  it.each([
    [
      'a partner attestation dated in seconds',
      { lastAgreementDateEpoch: 1_650_000_000, partnerAttestationCompleted: true, lastAgreementPrimaryContact: contact },
      {
        agreements: [
          {
            type: 'MicrosoftCustomerAgreement',
            dateAgreed: '2022-04-15T05:20:00',
            primaryContact: { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@example.fr' },
          },
        ],
      },
    ],
    [
      'a partner attestation dated in milliseconds, without a contact',
      { lastAgreementDateEpoch: 1_680_307_200_000, partnerAttestationCompleted: true, lastAgreementPrimaryContact: null },
      { agreements: [{ type: 'MicrosoftCustomerAgreement', dateAgreed: '2023-04-01T00:00:00' }] },
    ],
    [
      'a direct acceptance',
      { lastAgreementDateEpoch: 1_700_000_000, partnerAttestationCompleted: false, lastAgreementPrimaryContact: null },
      { directAcceptance: true },
    ],
    [
      'nothing yet',
      { lastAgreementDateEpoch: 0, partnerAttestationCompleted: false, lastAgreementPrimaryContact: null },
      { agreements: [], directAcceptance: false },
    ],
  ])('%s', (_case, record, expected) => {
    expect(evidenceFromFeed({ customerTenantId: TENANT, ...record }, AT)).toEqual({
      tenantId: TENANT.toLowerCase(),
      source: 'bulk-feed',
      observedAt: AT,
      ...expected,
    });
  });
});

describe('per-customer answers as evidence', () => {
  it('keeps every agreement with its signer, without empty fields, and the direct-signing status', () => {
    const agreement = {
      primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.c', phoneNumber: '' },
      dateAgreed: '2024-02-01T00:00:00',
      templateId: 't',
      type: 'MicrosoftCustomerAgreement' as const,
    };
    expect(evidenceFromApi(TENANT, [agreement], { isSigned: false }, AT)).toEqual({
      tenantId: TENANT.toLowerCase(),
      source: 'api',
      observedAt: AT,
      agreements: [
        {
          type: 'MicrosoftCustomerAgreement',
          dateAgreed: '2024-02-01T00:00:00',
          primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.c' },
        },
      ],
      directAcceptance: false,
    });
  });

  it('takes name, domain, country, language (the culture, which names the region too) and billing contact from the customer, where it has them', () => {
    const listed = { id: TENANT, companyProfile: { tenantId: TENANT, domain: 'contoso.fr', companyName: 'Contoso' } };
    expect(customerFieldsOf(listed)).toEqual({ companyName: 'Contoso', domain: 'contoso.fr' });
    const billingProfile = {
      firstName: 'Ann',
      lastName: ' Lee ',
      email: 'ann@contoso.fr',
      language: 'fr',
      culture: 'fr-FR',
      defaultAddress: { country: 'fr' },
    };
    expect(customerFieldsOf({ ...listed, billingProfile })).toEqual({
      companyName: 'Contoso',
      domain: 'contoso.fr',
      country: 'FR',
      language: 'fr-FR',
      contactName: 'Ann Lee',
      contactEmail: 'ann@contoso.fr',
    });
    expect(customerFieldsOf({ ...listed, billingProfile: { language: 'fr' } })).toMatchObject({ language: 'fr' });
  });
});

describe('what a failed call means for the audit', () => {
  it.each([
    ['no answer', offline(), 'offline'],
    ['a timeout', pcError(0, 'timeout', true), 'failed'],
    ['429', pcError(429, '429', true, 'errors.request.throttled', 12), 'throttled'],
    ['401', pcError(401, '900421', false, 'errors.auth.mfaRequired'), 'signed-out'],
    ['503', pcError(503, '503', true), 'failed'],
    ['404 tenant not found', pcError(404, '60003', false, 'errors.customer.notFound'), 'failed'],
    ['a bug', new TypeError('x is undefined'), 'failed'],
  ])('%s → %s', (_case, error, kind) => {
    expect(classifyCallError(error).kind).toBe(kind);
  });

  it('waits as long as Retry-After says, 30 s when it says nothing', () => {
    expect(classifyCallError(pcError(429, '429', true, 'errors.request.throttled', 12))).toMatchObject({ retryAfterMs: 12_000 });
    expect(classifyCallError(pcError(429, '429', true))).toMatchObject({ retryAfterMs: 30_000 });
  });

  it('reports an unknown error as such, not retried', () => {
    expect(classifyCallError('boom')).toEqual({
      kind: 'failed',
      detail: { status: 0, code: 'unknown', messageKey: 'records.audit.failure.unknown', retryable: false },
    });
  });

  it.each([
    [403, true],
    [404, true],
    [410, true],
    [501, true],
    [500, false],
    [429, false],
  ])('a first feed page answered %i means the feed is not offered: %s', (status, notOffered) => {
    expect(feedNotOffered({ status, code: String(status), messageKey: 'k', retryable: false })).toBe(notOffered);
  });
});

describe('even pacer', () => {
  it('spaces requests evenly at the limit less its headroom, whatever the concurrency', async () => {
    const time = createVirtualTime();
    const pacer = createEvenPacer({ requestsPerMinute: 60, headroom: 1, now: time.now, sleep: time.sleep });
    const started: number[] = [];
    await time.run(
      Promise.all(
        Array.from({ length: 10 }, () =>
          pacer.acquire().then(() => started.push(time.now() - Date.parse('2026-11-20T09:00:00Z'))),
        ),
      ),
    );
    expect(started).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
  });

  it('never bursts after a quiet spell', async () => {
    const time = createVirtualTime();
    const pacer = createEvenPacer({ requestsPerMinute: 500, now: time.now, sleep: time.sleep });
    const started: number[] = [];
    const burst = () => Promise.all(Array.from({ length: 40 }, () => pacer.acquire().then(() => started.push(time.now()))));
    await time.run(burst());
    await time.pass(5 * 60_000);
    await time.run(burst());
    const perMinute = 500 * DEFAULT_HEADROOM;
    expect(busiestWindow(started, 1000)).toBeLessThanOrEqual(Math.ceil(perMinute / 60));
    expect(busiestWindow(started)).toBeLessThanOrEqual(Math.floor(perMinute));
  });

  it.each([{ requestsPerMinute: 0 }, { requestsPerMinute: 500, headroom: 0 }, { requestsPerMinute: 500, headroom: 1.2 }])(
    'refuses %o',
    (options) => {
      expect(() => createEvenPacer({ ...options, now: () => 0, sleep: async () => undefined })).toThrow(RangeError);
    },
  );
});

describe('worker pool', () => {
  it('stops handing out items at the first failure, lets those in flight end, then throws it', async () => {
    const seen: number[] = [];
    const finished: number[] = [];
    const failure = new Error('broken');
    const pool = runPool(
      [1, 2, 3, 4, 5, 6],
      2,
      async (item) => {
        seen.push(item);
        if (item === 2) throw failure;
        for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
        finished.push(item);
      },
      async () => true,
    );
    await expect(pool).rejects.toBe(failure);
    expect(seen).toEqual([1, 2]);
    expect(finished).toEqual([1]);
  });

  it('ends as cancelled when told not to proceed', async () => {
    let asked = 0;
    expect(
      await runPool(
        [1, 2, 3],
        1,
        async () => undefined,
        async () => ++asked < 2,
      ),
    ).toBe('cancelled');
  });
});
