// The background's watch over the attestations this browser started: on each round (an alarm, the browser starting), a
// status check for each unfinished one that is due, the agreement when the customer has accepted, and what changed.
// Everything it knows lives in the records (last check, state), so a restarted worker carries on where the last one was.
import type { Failure } from '../failure/failure';
import type { TrackedAttestation, TrackedAttestationState } from '../records/types';
import { isUnfinished } from './tracking';

/** How often each link waiting for its signer is checked (issue: every 15 minutes while the link lives). */
export const WATCH_EVERY_MS = 15 * 60 * 1000;
/** At most this many status checks a round: the audit and the person's own work keep the rest of the rate limit. */
export const WATCH_CHECKS_PER_ROUND = 25;

/** A link past its expiry gets one last check (an acceptance at the last minute), then none. */
const checkedAfterExpiry = (tracked: TrackedAttestation) =>
  tracked.lastCheckedAt !== undefined && tracked.lastCheckedAt >= tracked.linkExpiresAt;

const pastExpiry = (tracked: TrackedAttestation, now: Date) => Date.parse(tracked.linkExpiresAt) <= now.getTime();

/** What a round does for one attestation. */
export type WatchStep = 'check' | 'create-agreement' | 'expire' | 'wait';

export function watchStep(tracked: TrackedAttestation, now: Date, everyMs: number, createMyself: boolean): WatchStep {
  if (tracked.state === 'accepted') return createMyself ? 'wait' : 'create-agreement';
  if (tracked.state !== 'link-sent') return 'wait';
  if (pastExpiry(tracked, now)) return checkedAfterExpiry(tracked) ? 'expire' : 'check';
  // A new link was as good as checked when it was made: the signer needs time to open it.
  const last = Date.parse(tracked.lastCheckedAt ?? tracked.createdAt);
  return now.getTime() - last >= everyMs ? 'check' : 'wait';
}

/** The attestations a round takes up, the links closest to their expiry first. */
export function dueForWatch(
  all: readonly TrackedAttestation[],
  now: Date,
  everyMs: number,
  createMyself: boolean,
): { tracked: TrackedAttestation; step: Exclude<WatchStep, 'wait'> }[] {
  return all
    .filter(isUnfinished)
    .map((tracked) => ({ tracked, step: watchStep(tracked, now, everyMs, createMyself) }))
    .filter((due): due is { tracked: TrackedAttestation; step: Exclude<WatchStep, 'wait'> } => due.step !== 'wait')
    .sort((a, b) => a.tracked.linkExpiresAt.localeCompare(b.tracked.linkExpiresAt));
}

export interface WatchChange {
  attestation: TrackedAttestation;
  from: TrackedAttestationState;
}

export interface WatchRound {
  /** Why nothing was done: nobody signed in (or not set up), or Partner Center asked to wait. */
  skipped?: 'not-ready' | 'held';
  checks: number;
  changes: WatchChange[];
}

type Outcome = { ok: true } | { ok: false; error: Failure };

export interface WatcherDeps {
  unfinished(): Promise<TrackedAttestation[]>;
  trackedOne(attestationId: string): Promise<TrackedAttestation | undefined>;
  /** Set up, a certificate, and someone signed in: the person the agreement is made in the name of. */
  ready(): Promise<boolean>;
  createAgreementMyself(): Promise<boolean>;
  status(attestationId: string): Promise<Outcome>;
  complete(tenantId: string, attestationId: string): Promise<Outcome>;
  expireIfDue(attestationId: string): Promise<unknown>;
  now(): Date;
  everyMs?: number;
  checksPerRound?: number;
}

/** Partner Center's own wait, when it throttled a check. */
function throttledFor(outcome: Outcome): number | undefined {
  if (outcome.ok || outcome.error.messageKey !== 'attestation.errors.throttled') return undefined;
  const seconds = Number(outcome.error.params?.seconds);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

export function createAttestationWatcher(deps: WatcherDeps) {
  const everyMs = deps.everyMs ?? WATCH_EVERY_MS;
  const perRound = deps.checksPerRound ?? WATCH_CHECKS_PER_ROUND;
  let heldUntil = 0;
  let current: Promise<WatchRound> | null = null;

  async function watchOne(
    tracked: TrackedAttestation,
    step: Exclude<WatchStep, 'wait'>,
    createMyself: boolean,
  ): Promise<Outcome> {
    const { attestationId, tenantId } = tracked;
    if (step === 'expire') return (await deps.expireIfDue(attestationId), { ok: true });
    if (step === 'create-agreement') return deps.complete(tenantId, attestationId);
    const checked = await deps.status(attestationId);
    if (!checked.ok) return checked;
    const now = await deps.trackedOne(attestationId);
    if (now?.state === 'accepted' && !createMyself) return deps.complete(tenantId, attestationId);
    if (now?.state === 'link-sent' && pastExpiry(now, deps.now())) await deps.expireIfDue(attestationId);
    return checked;
  }

  async function run(): Promise<WatchRound> {
    if (deps.now().getTime() < heldUntil) return { skipped: 'held', checks: 0, changes: [] };
    const unfinished = await deps.unfinished();
    if (unfinished.length === 0) return { checks: 0, changes: [] };
    if (!(await deps.ready())) return { skipped: 'not-ready', checks: 0, changes: [] };
    const createMyself = await deps.createAgreementMyself();
    const due = dueForWatch(unfinished, deps.now(), everyMs, createMyself);
    const changes: WatchChange[] = [];
    let checks = 0;
    for (const { tracked, step } of due) {
      if (step !== 'expire' && checks >= perRound) break;
      if (step !== 'expire') checks += 1;
      const outcome = await watchOne(tracked, step, createMyself);
      const after = await deps.trackedOne(tracked.attestationId);
      if (after && after.state !== tracked.state) changes.push({ attestation: after, from: tracked.state });
      const wait = throttledFor(outcome);
      if (wait !== undefined) {
        heldUntil = deps.now().getTime() + wait * 1000;
        break;
      }
    }
    return { checks, changes };
  }

  return {
    /** One round; asked again while one runs, it answers with that round, so no attestation is ever checked twice at once. */
    round(): Promise<WatchRound> {
      current ??= run().finally(() => (current = null));
      return current;
    },
  };
}
