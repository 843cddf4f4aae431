import { describe, expect, it } from 'vitest';
import { assessCustomer } from '@/lib/mca/policy';
import { compareStatusSeverity, isAtRisk, statusSeverity } from '@/lib/mca/risk';
import { MCA_STATUSES, type CustomerEvidence, type McaStatus } from '@/lib/mca/types';

const stale = { type: 'MicrosoftCustomerAgreement', dateAgreed: '2019-08-26T00:00:00' } as const;

describe('statusSeverity', () => {
  it('orders at-risk statuses first, then unknown, then the settled ones', () => {
    const sorted = [...MCA_STATUSES].sort(compareStatusSeverity);
    expect(sorted).toEqual(['none', 'cloud-agreement-only', 'attestation-stale', 'unknown', 'attested', 'direct-acceptance']);
  });
  it('gives every status its own rank, so sorting is stable across runs', () => {
    expect(new Set(MCA_STATUSES.map(statusSeverity)).size).toBe(MCA_STATUSES.length);
  });
});

describe('isAtRisk', () => {
  it.each<[string, CustomerEvidence, string, boolean]>([
    ['stale, before the block', { agreements: [stale], directAcceptance: false }, '2025-10-06T23:59:59Z', true],
    ['stale, blocked', { agreements: [stale], directAcceptance: false }, '2025-10-07T00:00:00Z', true],
    ['no agreement', { agreements: [], directAcceptance: false }, '2026-02-01T00:00:00Z', true],
    ['cloud agreement only', { agreements: [{ ...stale, type: 'MicrosoftCloudAgreement' }] }, '2026-02-01T00:00:00Z', true],
    ['accepted directly', { agreements: [stale], directAcceptance: true }, '2026-02-01T00:00:00Z', false],
    ['current attestation', { agreements: [{ ...stale, dateAgreed: '2024-01-01T00:00:00' }] }, '2026-02-01T00:00:00Z', false],
    ['unknown', {}, '2026-02-01T00:00:00Z', false],
  ])('%s: %s', (_name, evidence, now, atRisk) => {
    expect(isAtRisk(assessCustomer(evidence, new Date(now)))).toBe(atRisk);
  });

  it.each<McaStatus>(['direct-acceptance', 'attested', 'unknown'])(
    'a %s assessment with blocked actions still counts as at risk',
    (status) => {
      expect(
        isAtRisk({ status, blockedActions: ['upgrade'], canAttest: false, nextSteps: [], reasons: [], certain: false }),
      ).toBe(true);
    },
  );
});
