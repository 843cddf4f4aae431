import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCustomer } from '@/lib/mca/policy';
import { needsAcceptance } from '@/lib/mca/risk';
import { BLOCKABLE_ACTIONS, type AgreementRecord, type CustomerEvidence } from '@/lib/mca/types';
import { expectRenderable } from './catalog-messages';

const instant = fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2028-12-31T23:59:59Z'), noInvalidDate: true });

/** Mostly Partner Center's zone-less form, sometimes with a zone, sometimes garbage. */
const dateAgreed = fc.oneof(
  { weight: 6, arbitrary: instant.map((date) => date.toISOString().slice(0, 19)) },
  { weight: 2, arbitrary: instant.map((date) => date.toISOString()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 25 }) },
);

const agreement: fc.Arbitrary<AgreementRecord> = fc.record({
  type: fc.constantFrom('MicrosoftCustomerAgreement' as const, 'MicrosoftCloudAgreement' as const),
  dateAgreed,
});

const evidence: fc.Arbitrary<CustomerEvidence> = fc.record(
  {
    agreements: fc.array(agreement, { maxLength: 5 }),
    directAcceptance: fc.boolean(),
    partnerRole: fc.constantFrom('direct-bill' as const, 'indirect-provider' as const, 'indirect-reseller' as const),
  },
  { requiredKeys: [] },
);

describe('assessCustomer invariants', () => {
  it('never blocks when accepted, attested or unknown; unknown is never certain; resellers never attest', () => {
    fc.assert(
      fc.property(evidence, instant, (customer, now) => {
        const assessment = assessCustomer(customer, now);
        if (['direct-acceptance', 'attested', 'unknown'].includes(assessment.status))
          expect(assessment.blockedActions).toEqual([]);
        if (assessment.status === 'unknown') expect(assessment.certain).toBe(false);
        if (customer.partnerRole === 'indirect-reseller') expect(assessment.canAttest).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('offers attestation only when something needs attesting, and blocks all four actions or none', () => {
    fc.assert(
      fc.property(evidence, instant, (customer, now) => {
        const assessment = assessCustomer(customer, now);
        if (assessment.canAttest) expect(needsAcceptance(assessment.status)).toBe(true);
        expect(assessment.canAttest).toBe(assessment.nextSteps.some((step) => step.action === 'attest'));
        expect([0, BLOCKABLE_ACTIONS.length]).toContain(assessment.blockedActions.length);
        if (customer.directAcceptance === true) expect(assessment.status).toBe('direct-acceptance');
      }),
      { numRuns: 2000 },
    );
  });

  it('depends neither on the order of the agreements nor on the clock beyond `now`', () => {
    fc.assert(
      fc.property(evidence, instant, (customer, now) => {
        const reversed = { ...customer, ...(customer.agreements && { agreements: [...customer.agreements].reverse() }) };
        const first = assessCustomer(customer, now);
        expect(assessCustomer(reversed, new Date(now)).status).toBe(first.status);
        expect(assessCustomer(customer, new Date(now))).toEqual(first);
      }),
    );
  });

  it('emits only messages that render in every language', () => {
    fc.assert(
      fc.property(evidence, instant, (customer, now) => {
        const assessment = assessCustomer(customer, now);
        for (const message of [...assessment.reasons, ...assessment.nextSteps.map((step) => step.message)])
          expectRenderable(message);
      }),
      { numRuns: 300 },
    );
  });
});
