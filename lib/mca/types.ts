import type { Message } from '../i18n/translator';

export type AgreementType = 'MicrosoftCustomerAgreement' | 'MicrosoftCloudAgreement';

/** Where a piece of evidence was read: the API, the Account page, this extension's own records, or the bulk agreement-records feed. */
export const EVIDENCE_SOURCES = ['api', 'page', 'record', 'bulk-feed'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export interface AgreementContact {
  firstName?: string;
  lastName?: string;
  email?: string;
  phoneNumber?: string;
}

export interface AgreementRecord {
  type: AgreementType;
  /** As Partner Center sends it: `2019-08-26T00:00:00`, UTC when no zone is given; a trailing `Z` or offset is also accepted. */
  dateAgreed: string;
  primaryContact?: AgreementContact;
  source?: EvidenceSource;
  /** When this record was read (ISO 8601). */
  observedAt?: string;
}

export const PARTNER_ROLES = ['direct-bill', 'indirect-provider', 'indirect-reseller'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** What is known about one customer. `undefined` means "not known"; an empty `agreements` array means "known: none". */
export interface CustomerEvidence {
  agreements?: readonly AgreementRecord[];
  /** Accepted directly in the Microsoft 365 admin center (`isSigned` of the direct-signing status). */
  directAcceptance?: boolean;
  /** The role of the partner looking at the customer. */
  partnerRole?: PartnerRole;
}

export const MCA_STATUSES = [
  'direct-acceptance',
  'attested',
  'attestation-stale',
  'cloud-agreement-only',
  'none',
  'unknown',
] as const;
export type McaStatus = (typeof MCA_STATUSES)[number];

export const BLOCKABLE_ACTIONS = ['new-purchase', 'quantity-change', 'term-or-billing-change', 'upgrade'] as const;
export type BlockableAction = (typeof BLOCKABLE_ACTIONS)[number];

/** Where a partner can attest: Partner Center's customer Account page (until the UI retirement) or the Partner Center API. */
export type AttestationChannel = 'partner-center' | 'api';

/** The e-mail the invite step drafts: the customer accepts the MCA in the Microsoft 365 admin center. */
export type InvitationKind = 'accept-mca';

export type NextStep =
  | { action: 'invite-accept'; invitation: InvitationKind; message: Message }
  | { action: 'attest'; channels: readonly AttestationChannel[]; message: Message }
  | { action: 'ask-provider'; message: Message }
  | { action: 'refresh'; message: Message };

export type NextStepAction = NextStep['action'];

export interface Assessment {
  status: McaStatus;
  /** When the deciding agreement was made (ISO 8601, UTC); absent for direct acceptance, which carries no date. */
  since?: string;
  /** The agreement record the status rests on. */
  latestAgreement?: AgreementRecord;
  blockedActions: BlockableAction[];
  /** When the block on this customer starts or started (ISO 8601, UTC), blocked yet or not. */
  blockStartsAt?: string;
  canAttest: boolean;
  nextSteps: NextStep[];
  reasons: Message[];
  /** False when the status rests on missing evidence; `reasons` then say what is missing. */
  certain: boolean;
}
