// The watcher's schedule on fake time, against a fake Partner Center that moves the records as the service does.
import { describe, expect, it } from 'vitest';
import { afterStatus, agreementCreated, expiredBy } from '@/lib/attestation/tracking';
import {
  createAttestationWatcher,
  watchStep,
  WATCH_CHECKS_PER_ROUND,
  WATCH_EVERY_MS,
  type WatcherDeps,
} from '@/lib/attestation/watcher';
import type { Failure } from '@/lib/failure/failure';
import type { AttestationStatus } from '@/lib/partner-center/contract';
import type { TrackedAttestation, TrackedAttestationState } from '@/lib/records/types';
import { tracked } from './tracked-fixture';

const MINUTE = 60 * 1000;
const START = Date.parse('2026-12-07T10:00:00.000Z');
const THROTTLED: Failure = { messageKey: 'attestation.errors.throttled', params: { seconds: 30 }, retryable: true };

interface Fake {
  /** What Partner Center would answer for each attestation. */
  answers: Map<string, AttestationStatus>;
  calls: string[];
  maxInFlight: Map<string, number>;
  throttleNext: number;
}

/** A browser's records and the background's service, in memory; `records` survives a "restart" (a new watcher). */
function world(initial: TrackedAttestation[], options: { ready?: boolean; createMyself?: boolean } = {}) {
  let now = START;
  const records = new Map(initial.map((t) => [t.attestationId, t]));
  const fake: Fake = { answers: new Map(), calls: [], maxInFlight: new Map(), throttleNext: 0 };
  const inFlight = new Map<string, number>();
  const busy = async <T>(id: string, work: () => T): Promise<T> => {
    inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
    fake.maxInFlight.set(id, Math.max(fake.maxInFlight.get(id) ?? 0, inFlight.get(id)!));
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight.set(id, inFlight.get(id)! - 1);
    return work();
  };
  const put = (next: TrackedAttestation | undefined) => next && records.set(next.attestationId, next);
  const deps: WatcherDeps = {
    unfinished: async () => [...records.values()].filter((t) => t.state === 'link-sent' || t.state === 'accepted'),
    trackedOne: async (id) => records.get(id),
    ready: async () => options.ready ?? true,
    createAgreementMyself: async () => options.createMyself ?? false,
    status: (id) =>
      busy(id, () => {
        fake.calls.push(`status ${id}`);
        if (fake.throttleNext > 0) return (fake.throttleNext--, { ok: false as const, error: THROTTLED });
        const current = records.get(id)!;
        const status = fake.answers.get(id) ?? (now >= Date.parse(current.linkExpiresAt) ? 'linkexpired' : 'linkgenerated');
        put(afterStatus(current, { status, linkExpiresAt: current.linkExpiresAt }, new Date(now)));
        return { ok: true as const };
      }),
    complete: (_tenantId, id) =>
      busy(id, () => {
        fake.calls.push(`agreement ${id}`);
        put(agreementCreated(records.get(id)!, new Date(now).toISOString()));
        return { ok: true as const };
      }),
    expireIfDue: async (id) => put(expiredBy(records.get(id)!, new Date(now))),
    now: () => new Date(now),
  };
  return {
    fake,
    records,
    deps,
    watcher: createAttestationWatcher(deps),
    /** A new worker over the same records, as after Chrome stopped the service worker. */
    restart: () => createAttestationWatcher(deps),
    advance: (ms: number) => void (now += ms),
  };
}

const linkFor = (id: string, expiresInMinutes = 24 * 60, extra: Partial<TrackedAttestation> = {}) =>
  tracked({
    attestationId: id,
    // Made a quarter of an hour before the first round: due at once.
    createdAt: new Date(START - WATCH_EVERY_MS).toISOString(),
    linkExpiresAt: new Date(START + expiresInMinutes * MINUTE).toISOString(),
    ...extra,
  });

describe('watchStep', () => {
  const now = new Date(START);
  const iso = (minutesFromNow: number) => new Date(START + minutesFromNow * MINUTE).toISOString();
  it.each<[string, Partial<TrackedAttestation>, boolean, string]>([
    ['a link made 14 min ago, never checked', { createdAt: iso(-14) }, false, 'wait'],
    ['a link made 15 min ago, never checked', { createdAt: iso(-15) }, false, 'check'],
    ['checked 14 min 59 s ago', { lastCheckedAt: new Date(START - WATCH_EVERY_MS + 1000).toISOString() }, false, 'wait'],
    ['checked exactly 15 min ago', { lastCheckedAt: iso(-15) }, false, 'check'],
    ['past expiry, last checked before it', { linkExpiresAt: iso(-1), lastCheckedAt: iso(-2) }, false, 'check'],
    ['past expiry, checked after it', { linkExpiresAt: iso(-2), lastCheckedAt: iso(-1) }, false, 'expire'],
    ['accepted, agreement made here', { state: 'accepted' }, false, 'create-agreement'],
    ['accepted, the partner makes it', { state: 'accepted' }, true, 'wait'],
    ['agreement created', { state: 'agreement-created' }, false, 'wait'],
    ['expired', { state: 'expired', linkExpiresAt: iso(-60) }, false, 'wait'],
    ['failed', { state: 'failed' }, false, 'wait'],
  ])('%s → %s', (_, overrides, createMyself, step) => {
    expect(watchStep(tracked({ linkExpiresAt: iso(60), ...overrides }), now, WATCH_EVERY_MS, createMyself)).toBe(step);
  });
});

describe('the attestation watcher', () => {
  it('checks each link every 15 minutes while it lives, and makes the agreement once the customer accepted', async () => {
    const w = world([linkFor('a')]);
    expect((await w.watcher.round()).checks).toBe(1);
    w.advance(10 * MINUTE);
    expect((await w.watcher.round()).checks).toBe(0);
    w.advance(5 * MINUTE);
    w.fake.answers.set('a', 'customeraccepted');
    const round = await w.watcher.round();
    expect(w.fake.calls).toEqual(['status a', 'status a', 'agreement a']);
    expect(round.changes).toEqual([{ attestation: expect.objectContaining({ state: 'agreement-created' }), from: 'link-sent' }]);
    w.advance(60 * MINUTE);
    await w.watcher.round();
    expect(w.fake.calls).toHaveLength(3);
  });

  it('after the expiry: one last check, then the link is expired and never checked again', async () => {
    const w = world([linkFor('a', 20)]);
    await w.watcher.round();
    w.advance(21 * MINUTE);
    const round = await w.watcher.round();
    expect(round.changes.map((c) => c.attestation.state)).toEqual(['expired']);
    for (let i = 0; i < 10; i++) {
      w.advance(15 * MINUTE);
      await w.watcher.round();
    }
    expect(w.fake.calls).toEqual(['status a', 'status a']);
  });

  it('a link checked after its expiry that still says "link sent" is expired without another request', async () => {
    const w = world([linkFor('a', -5, { lastCheckedAt: new Date(START - MINUTE).toISOString() })]);
    const round = await w.watcher.round();
    expect(w.fake.calls).toEqual([]);
    expect(round.changes).toEqual([{ attestation: expect.objectContaining({ state: 'expired' }), from: 'link-sent' }]);
  });

  it('an acceptance at the last minute, seen by the check after the expiry, still gets its agreement', async () => {
    const w = world([linkFor('a', 20, { lastCheckedAt: new Date(START).toISOString() })]);
    w.advance(21 * MINUTE);
    w.fake.answers.set('a', 'customeraccepted');
    await w.watcher.round();
    expect(w.fake.calls).toEqual(['status a', 'agreement a']);
    expect(w.records.get('a')?.state).toBe('agreement-created');
  });

  it('never checks the same attestation twice at once: rounds asked together are one round', async () => {
    const w = world([linkFor('a'), linkFor('b')]);
    const rounds = await Promise.all([w.watcher.round(), w.watcher.round(), w.watcher.round()]);
    expect(rounds[0]).toBe(rounds[1]);
    expect(w.fake.calls.sort()).toEqual(['status a', 'status b']);
    expect(Math.max(...w.fake.maxInFlight.values())).toBe(1);
  });

  it('resumes after a restart from what the records say, neither early nor twice', async () => {
    const w = world([linkFor('a')]);
    await w.watcher.round();
    w.advance(5 * MINUTE);
    const restarted = w.restart();
    expect((await restarted.round()).checks).toBe(0);
    w.advance(10 * MINUTE);
    expect((await restarted.round()).checks).toBe(1);
    w.fake.answers.set('a', 'customeraccepted');
    w.advance(15 * MINUTE);
    // Stopped between the check that saw the acceptance and the agreement: the next worker makes the agreement.
    await w.deps.status('a');
    const again = w.restart();
    await again.round();
    expect(w.fake.calls.slice(-2)).toEqual(['status a', 'agreement a']);
    expect(w.records.get('a')?.state).toBe('agreement-created');
  });

  it('holds the rate limit: throttled, it stops the round and waits as long as Partner Center said', async () => {
    const w = world([linkFor('a', 60), linkFor('b', 120)]);
    w.fake.throttleNext = 1;
    expect((await w.watcher.round()).checks).toBe(1);
    expect(w.fake.calls).toEqual(['status a']);
    w.advance(29 * 1000);
    expect((await w.watcher.round()).skipped).toBe('held');
    w.advance(1000);
    await w.watcher.round();
    expect(w.fake.calls).toEqual(['status a', 'status a', 'status b']);
  });

  it(`takes at most ${WATCH_CHECKS_PER_ROUND} checks a round, the links closest to their expiry first`, async () => {
    const links = Array.from({ length: 40 }, (_, i) => linkFor(`l${String(i).padStart(2, '0')}`, 24 * 60 - i));
    const w = world(links);
    expect((await w.watcher.round()).checks).toBe(WATCH_CHECKS_PER_ROUND);
    expect(w.fake.calls[0]).toBe('status l39');
    expect(w.fake.calls).not.toContain('status l00');
    expect((await w.watcher.round()).checks).toBe(40 - WATCH_CHECKS_PER_ROUND);
  });

  it('with "create the agreement myself", an accepted attestation waits for the partner', async () => {
    const w = world([linkFor('a')], { createMyself: true });
    w.fake.answers.set('a', 'customeraccepted');
    const round = await w.watcher.round();
    expect(round.changes.map((c) => [c.from, c.attestation.state])).toEqual([['link-sent', 'accepted']]);
    w.advance(60 * MINUTE);
    await w.watcher.round();
    expect(w.fake.calls).toEqual(['status a']);
  });

  it('does nothing while nobody is signed in', async () => {
    const w = world([linkFor('a'), linkFor('b', 60, { state: 'accepted' as TrackedAttestationState })], { ready: false });
    expect(await w.watcher.round()).toEqual({ skipped: 'not-ready', checks: 0, changes: [] });
    expect(w.fake.calls).toEqual([]);
  });
});
