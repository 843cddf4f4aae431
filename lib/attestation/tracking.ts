// How a followed attestation moves: each answer of Partner Center (a status, a created agreement, a refusal) gives the
// record's next state. Pure, so that the panel's steps and the background watcher's rounds move it the same way.
import type { AttestationStatus } from '../partner-center/contract';
import { ASSUMED_ERROR_CODES, DOCUMENTED_ERROR_CODES } from '../partner-center/errors';
import type { TrackedAttestation, TrackedAttestationState } from '../records/types';

/** The states the watcher still has work for. */
export const UNFINISHED_STATES = ['link-sent', 'accepted'] as const satisfies readonly TrackedAttestationState[];

export const isUnfinished = (tracked: Pick<TrackedAttestation, 'state'>): boolean =>
  (UNFINISHED_STATES as readonly string[]).includes(tracked.state);

const STATE_OF_STATUS: Record<AttestationStatus, TrackedAttestationState | undefined> = {
  // `required` is the state before a link exists; a followed attestation always has one, so it says nothing new.
  required: undefined,
  linkgenerated: 'link-sent',
  customeraccepted: 'accepted',
  linkexpired: 'expired',
  agreementcreated: 'agreement-created',
};

/** A state never goes back: an agreement stays created, an acceptance stays accepted, whatever a late answer says. */
const RANK: Record<TrackedAttestationState, number> = {
  'link-sent': 0,
  expired: 1,
  failed: 1,
  accepted: 2,
  'agreement-created': 3,
};

function advanced(current: TrackedAttestationState, next: TrackedAttestationState): TrackedAttestationState {
  if (current === 'agreement-created') return current;
  return RANK[next] >= RANK[current] ? next : current;
}

export interface StatusAnswer {
  status: AttestationStatus;
  linkExpiresAt: string;
  acceptedAt?: string | null;
  agreementCreatedAt?: string | null;
}

/** The record after a status reading at `now`. */
export function afterStatus(tracked: TrackedAttestation, answer: StatusAnswer, now: Date): TrackedAttestation {
  const read = STATE_OF_STATUS[answer.status];
  const state = read ? advanced(tracked.state, read) : tracked.state;
  return {
    ...tracked,
    state,
    linkExpiresAt: answer.linkExpiresAt,
    lastCheckedAt: now.toISOString(),
    ...(answer.acceptedAt ? { acceptedAt: answer.acceptedAt } : {}),
    ...(answer.agreementCreatedAt ? { agreementCreatedAt: answer.agreementCreatedAt } : {}),
  };
}

/** A link still waiting for its signer after its expiry has expired, whether or not anyone asked Partner Center. */
export function expiredBy(tracked: TrackedAttestation, now: Date): TrackedAttestation | undefined {
  if (tracked.state !== 'link-sent' || Date.parse(tracked.linkExpiresAt) > now.getTime()) return undefined;
  return { ...tracked, state: 'expired' };
}

/**
 * The agreement's `MS-RequestId`, chosen once and kept before the first send: the panel, the watcher and a restarted
 * worker then all send the same write, which Partner Center answers once.
 */
export function withAgreementRequestId(tracked: TrackedAttestation, newId: () => string): TrackedAttestation {
  return tracked.agreementRequestId ? tracked : { ...tracked, agreementRequestId: newId() };
}

/** After a refused agreement the next one must be a new write, not the replay of the refused one. */
export function withoutAgreementRequestId(tracked: TrackedAttestation): TrackedAttestation {
  const { agreementRequestId: _dropped, ...rest } = tracked;
  return rest;
}

export function agreementCreated(tracked: TrackedAttestation, at: string): TrackedAttestation {
  return { ...tracked, state: 'agreement-created', agreementCreatedAt: at };
}

/** Refusals that end an attestation; any other refusal (throttled, not accepted yet, a network fault) leaves it as it is. */
const ENDING_REFUSALS: Record<string, TrackedAttestationState> = {
  [ASSUMED_ERROR_CODES.attestationLinkExpired]: 'expired',
  [ASSUMED_ERROR_CODES.attestationNotFound]: 'failed',
  [DOCUMENTED_ERROR_CODES.duplicateAgreement]: 'failed',
};

/** The record after Partner Center refused the agreement with `code`; undefined when the refusal changes nothing. */
export function afterRefusal(tracked: TrackedAttestation, code: string | undefined): TrackedAttestation | undefined {
  const state = code === undefined ? undefined : ENDING_REFUSALS[code];
  if (!state || tracked.state === 'agreement-created') return undefined;
  const base = withoutAgreementRequestId(tracked);
  return state === 'failed' ? { ...base, state, failureCode: code } : { ...base, state };
}
