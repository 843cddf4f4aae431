import type { Assessment, EvidenceSource, McaStatus, PartnerRole } from '../mca/types';
import type { IdentityOrigins } from './customer-identity';

export interface CustomerRecord {
  tenantId: string;
  companyName?: string;
  domain?: string;
  /** ISO 3166 code, upper case. */
  country?: string;
  /** Language tag (`fr-FR`). */
  language?: string;
  /** The customer's billing contact, from the API. */
  contactName?: string;
  contactEmail?: string;
  /** Where each of the fields above came from and when (see customer-identity.ts). */
  identity?: IdentityOrigins;
  lastSeenAt: string;
}

/**
 * As kept: with the company name folded (no accents, lower case) for the name index, and the folded words of the name and
 * the domain for the search index, kept in step by `withNameKey`.
 */
export interface StoredCustomerRecord extends CustomerRecord {
  nameKey?: string;
  searchKeys?: string[];
}

/** An invitation e-mail the partner opened in the mail client, copied or downloaded; never its text, which may hold a password. */
export interface InvitationRecord {
  id?: number;
  tenantId?: string;
  companyName?: string;
  kind: string;
  locale: string;
  /** How it left the extension. */
  via: 'mailto' | 'copy' | 'eml';
  at: string;
}

/** Which observation an assessment was made from: the key of an `evidence` record and the time of that observation. */
export interface EvidenceKey {
  source: EvidenceSource;
  observedAt: string;
}

/**
 * The status derived from a customer's evidence at `assessedAt`, never stored as truth: rebuilt in the same transaction
 * as every change of the customer's evidence, so it always rests on the evidence kept.
 */
export interface AssessmentRecord {
  tenantId: string;
  status: McaStatus;
  /** `statusSeverity(status)`: higher is worse, for listing customers at risk first. */
  severity: number;
  /**
   * Kept with its reasons left empty: they are many small messages that make 50,000 records slow to read, and the one
   * customer shown gets them afresh from its evidence.
   */
  assessment: Assessment;
  evidence: EvidenceKey[];
  partnerRole?: PartnerRole;
  assessedAt: string;
  /** When time alone changes what the evidence says (the next milestone, an agreement dated later); absent: never. */
  validUntil?: string;
}

export interface SignerRecord {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
}

/** The staff member who attested, from their delegated Partner Center token (name, UPN, Entra object id). */
export interface AttesterRecord {
  name: string;
  upn: string;
  objectId: string;
}

/** An attestation this extension submitted, with the ids Partner Center support asks for. */
export interface AttestationRecord {
  id?: number;
  tenantId: string;
  /** `MS-RequestId` of the write: one per logical write, so it also identifies the record across exports. */
  requestId: string;
  correlationId: string;
  attestationId?: string;
  signer: SignerRecord;
  /** Who attested; absent on records kept before the extension asked for a signed-in person. */
  attestedBy?: AttesterRecord;
  /** What Partner Center answered, e.g. `linkgenerated` or `agreementcreated`. */
  result: string;
  at: string;
}

/**
 * Where an attestation this browser started stands, as last seen: the link is with the signer (`link-sent`), the signer
 * accepted and the agreement is still to be made (`accepted`), the agreement is made (`agreement-created`), the link
 * expired unaccepted (`expired`), or Partner Center refused a step for good (`failed`).
 */
export const TRACKED_ATTESTATION_STATES = ['link-sent', 'accepted', 'agreement-created', 'expired', 'failed'] as const;
export type TrackedAttestationState = (typeof TRACKED_ATTESTATION_STATES)[number];

/** An attestation followed from its creation to its agreement: one record per attestation id, updated as it moves. */
export interface TrackedAttestation {
  attestationId: string;
  tenantId: string;
  /** What the attestation was made for, as the form sent it: shown in lists and emails, and the next link's defaults. */
  companyName: string;
  country: string;
  language: string;
  signer: SignerRecord;
  attestedBy?: AttesterRecord;
  state: TrackedAttestationState;
  acceptanceUrl: string;
  linkExpiresAt: string;
  createdAt: string;
  /** The creation's `MS-RequestId`, and the correlation id every call of this attestation carries. */
  requestId: string;
  correlationId: string;
  acceptedAt?: string;
  /** The agreement's `MS-RequestId`, kept before it is first sent so that a repeat (panel, watcher, restart) is the same write. */
  agreementRequestId?: string;
  agreementCreatedAt?: string;
  lastCheckedAt?: string;
  /** Partner Center's error code when the state is `failed`. */
  failureCode?: string;
  /** When the acceptance link was last drafted to the signer. */
  linkEmailedAt?: string;
}

export const AUDIT_MODES = ['bulk-feed', 'per-customer'] as const;
export type AuditMode = (typeof AUDIT_MODES)[number];

/** `stuck`: resumed again and again without moving on; it waits for the person's "Try again" instead of retrying forever. */
export const AUDIT_RUN_STATES = ['running', 'paused', 'interrupted', 'cancelled', 'finished', 'failed', 'stuck'] as const;
export type AuditRunState = (typeof AUDIT_RUN_STATES)[number];

/** Why one customer could not be checked. */
export interface AuditFailure {
  tenantId: string;
  /** HTTP status, 0 when no answer came. */
  status: number;
  code: string;
  messageKey: string;
  retryable: boolean;
  attempts: number;
  /** What was wrong, when Partner Center's answer was: the field and the reason (`companyProfile.domain: expected string`). */
  detail?: string;
}

export interface AuditCounts {
  done: number;
  failed: number;
  /** Customers of the partner, once Partner Center has said. */
  total?: number;
  requests: number;
}

export interface AuditRunRecord {
  id: string;
  startedAt: string;
  finishedAt?: string;
  state: AuditRunState;
  mode?: AuditMode;
  counts: AuditCounts;
  failures: AuditFailure[];
  /** Why the run stopped before the end (interrupted or failed), with the failed call when one was the cause. */
  stoppedBy?: { messageKey: string; cause?: Omit<AuditFailure, 'tenantId' | 'attempts'> };
}

/** The stretch of the audit being worked on: the bulk feed, then the customer list, then a second try of failed customers. */
export const AUDIT_PHASES = ['feed', 'customers', 'retry'] as const;
export type AuditPhase = (typeof AUDIT_PHASES)[number];

export const AUDIT_CHECKPOINT_KEY = 'current';

/** Where the unfinished run stands; customers done are in `auditProgress`, not here, so that a step writes little. */
export interface AuditCheckpoint {
  key: typeof AUDIT_CHECKPOINT_KEY;
  runId: string;
  mode?: AuditMode;
  phase: AuditPhase;
  /** Continuation token of the page being worked on; null for the first page. */
  pageToken: string | null;
  pagesDone: number;
  /**
   * The customer list read for the names while the bulk feed runs: the page to read next, and whether the list is read
   * to its end. The customers phase goes on from there.
   */
  names?: { pageToken: string | null; done: boolean };
  updatedAt: string;
  /** Where the run stood when it was last resumed, and how many resumes in a row found it there. */
  resumedAt?: { mark: string; times: number };
}

/**
 * One customer's outcome in a run; written in the same transaction as the customer's evidence. `listed`: in the customer
 * list, not yet checked (the feed, running at the same time, may still bring it; else the customers phase checks it).
 */
export interface AuditProgressRecord {
  runId: string;
  tenantId: string;
  outcome: 'done' | 'failed' | 'listed';
  failure?: AuditFailure;
  at: string;
}
