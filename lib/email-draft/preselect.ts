import { INVITATION_KINDS, type InvitationKind } from '../email/invitations';

/** What preselection needs of an assessment (see lib/mca/types.ts). */
export interface AssessmentLike {
  nextSteps: readonly { action: string; message: { key: string } }[];
}

export interface PreselectContext {
  /** The `?kind=` the page was opened with, e.g. from the warning on a customer page. */
  requested?: string | null;
  /** The assessment of the customer on the Partner Center page, when there is one. */
  assessment?: AssessmentLike;
  /** The partner's role from the settings. */
  partnerRole?: string | null;
  /** An acceptance link waits for the customer's signer: the only case its email can be drafted. */
  acceptanceLinkAvailable?: boolean;
}

const isKind = (value: string | null | undefined): value is InvitationKind =>
  (INVITATION_KINDS as readonly (string | null | undefined)[]).includes(value);

// The unconditional "ask your indirect provider" (as opposed to "…if you are a reseller") means the role is known.
const KNOWN_RESELLER_STEP = 'mca.nextStep.askProvider';

/**
 * The kind to start with: the one asked for (the acceptance link only when there is one to send); else, for an indirect reseller whose customer needs its provider, the request
 * to the provider; else the invitation to accept the MCA, which is also what a customer at risk needs.
 */
export function preselectKind({ requested, assessment, partnerRole, acceptanceLinkAvailable }: PreselectContext): InvitationKind {
  if (isKind(requested) && (requested !== 'acceptance-link' || acceptanceLinkAvailable)) return requested;
  const askProvider = assessment?.nextSteps.find((step) => step.action === 'ask-provider');
  if (askProvider && (partnerRole === 'indirect-reseller' || askProvider.message.key === KNOWN_RESELLER_STEP)) {
    return 'indirect-provider-request';
  }
  return 'accept-mca';
}
