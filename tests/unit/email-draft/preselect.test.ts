import { describe, expect, it } from 'vitest';
import { preselectKind, type AssessmentLike } from '@/lib/email-draft/preselect';

const step = (action: string, key = `mca.nextStep.${action}`) => ({ action, message: { key } });
const assessment = (...steps: ReturnType<typeof step>[]): AssessmentLike => ({ nextSteps: steps });

const AT_RISK_ROLE_UNKNOWN = assessment(
  step('invite-accept', 'mca.nextStep.inviteAccept'),
  step('attest'),
  step('ask-provider', 'mca.nextStep.askProviderIfReseller'),
);
const AT_RISK_RESELLER = assessment(
  step('invite-accept', 'mca.nextStep.inviteAccept'),
  step('ask-provider', 'mca.nextStep.askProvider'),
);
const ACCEPTED = assessment();
const UNKNOWN = assessment(step('refresh', 'mca.nextStep.checkAll'));

describe('preselectKind', () => {
  it.each([
    ['nothing known', {}, 'accept-mca'],
    ['?kind= wins over the assessment', { requested: 'new-customer', assessment: AT_RISK_RESELLER }, 'new-customer'],
    ['?kind= of another kind', { requested: 'attestation-notice' }, 'attestation-notice'],
    ['the acceptance link when there is one', { requested: 'acceptance-link', acceptanceLinkAvailable: true }, 'acceptance-link'],
    [
      'no acceptance link to send: what the customer needs',
      { requested: 'acceptance-link', acceptanceLinkAvailable: false, assessment: AT_RISK_RESELLER },
      'indirect-provider-request',
    ],
    ['an unknown ?kind= is ignored', { requested: 'spam', assessment: AT_RISK_ROLE_UNKNOWN }, 'accept-mca'],
    ['an empty ?kind= is ignored', { requested: null }, 'accept-mca'],
    ['at risk, role unknown: invite to accept', { assessment: AT_RISK_ROLE_UNKNOWN }, 'accept-mca'],
    ['at risk, the background knows a reseller: ask the provider', { assessment: AT_RISK_RESELLER }, 'indirect-provider-request'],
    [
      'at risk, the settings say reseller: ask the provider',
      { assessment: AT_RISK_ROLE_UNKNOWN, partnerRole: 'indirect-reseller' },
      'indirect-provider-request',
    ],
    [
      'at risk, direct-bill partner: invite to accept',
      { assessment: AT_RISK_ROLE_UNKNOWN, partnerRole: 'direct-bill' },
      'accept-mca',
    ],
    ['accepted: no heads-up preselected', { assessment: ACCEPTED }, 'accept-mca'],
    ['accepted, reseller: nothing to ask', { assessment: ACCEPTED, partnerRole: 'indirect-reseller' }, 'accept-mca'],
    ['unknown status', { assessment: UNKNOWN }, 'accept-mca'],
  ] as const)('%s → %s', (_, context, expected) => {
    expect(preselectKind(context)).toBe(expected);
  });
});
