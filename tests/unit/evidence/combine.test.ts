import { describe, expect, it } from 'vitest';
import { combineEvidence, type EvidencePiece } from '@/lib/evidence/combine';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const mca = (dateAgreed: string) => ({ type: 'MicrosoftCustomerAgreement' as const, dateAgreed });
const piece = (p: Omit<EvidencePiece, 'tenantId'>): EvidencePiece => ({ tenantId: T, ...p });

describe('combineEvidence', () => {
  it('knows nothing from nothing', () => {
    expect(combineEvidence([])).toEqual({});
  });

  it('takes agreements from the freshest source that knows them, tagged with that source', () => {
    const evidence = combineEvidence([
      piece({ source: 'page', observedAt: '2026-11-01T10:00:00Z', agreements: [mca('2022-01-01T00:00:00')] }),
      piece({ source: 'api', observedAt: '2026-11-02T10:00:00Z', agreements: [mca('2024-05-01T00:00:00')] }),
    ]);
    expect(evidence.agreements).toEqual([{ ...mca('2024-05-01T00:00:00'), source: 'api', observedAt: '2026-11-02T10:00:00Z' }]);
  });

  it('prefers the API over the page when both were seen at the same instant', () => {
    const at = '2026-11-02T10:00:00Z';
    const evidence = combineEvidence([
      piece({ source: 'page', observedAt: at, agreements: [] }),
      piece({ source: 'api', observedAt: at, agreements: [mca('2024-05-01T00:00:00')] }),
    ]);
    expect(evidence.agreements?.[0]?.source).toBe('api');
  });

  it('keeps "known: none" distinct from "not known"', () => {
    expect(combineEvidence([piece({ source: 'page', observedAt: '2026-11-01T00:00:00Z', agreements: [] })]).agreements).toEqual(
      [],
    );
    expect(
      combineEvidence([piece({ source: 'page', observedAt: '2026-11-01T00:00:00Z', directAcceptance: false })]).agreements,
    ).toBeUndefined();
  });

  it('takes direct acceptance from the freshest source that reports it, independently of agreements', () => {
    const evidence = combineEvidence([
      piece({ source: 'api', observedAt: '2026-11-03T00:00:00Z', agreements: [] }),
      piece({ source: 'page', observedAt: '2026-11-02T00:00:00Z', directAcceptance: true }),
      piece({ source: 'api', observedAt: '2026-11-01T00:00:00Z', directAcceptance: false }),
    ]);
    expect(evidence).toEqual({ agreements: [], directAcceptance: true });
  });

  it('adds the attestations this extension recorded to what the sources saw', () => {
    const recorded = { ...mca('2026-11-04T00:00:00'), source: 'record' as const };
    const evidence = combineEvidence(
      [
        piece({ source: 'page', observedAt: '2026-11-01T00:00:00Z', agreements: [] }),
        piece({ source: 'record', observedAt: '2026-11-04T00:00:00Z', agreements: [recorded] }),
      ],
      'direct-bill',
    );
    expect(evidence).toEqual({ agreements: [recorded], partnerRole: 'direct-bill' });
  });
});
