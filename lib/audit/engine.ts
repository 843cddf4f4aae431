// The bulk audit: every customer of the partner checked and kept as evidence with its assessment, within Partner
// Center's rate limit, resumable from IndexedDB at any point (MV3 workers stop, browsers close, networks drop).
import { readFailure, RecordsError } from '../records/errors';
import { AUDIT_CHECKPOINT_KEY, type AuditCheckpoint, type AuditRunRecord, type AuditRunState } from '../records/types';
import { createAuditControl, type AuditControl } from './control';
import { runCustomersPhase } from './customers-phase';
import { AuditInterruption } from './failures';
import { runFeedPhase } from './feed-phase';
import { createEvenPacer } from './pacer';
import { runRetryPhase } from './retry-phase';
import { createRunContext, type AuditSettings, type RunContext } from './run-context';
import { closeRun, countOutcomes, failuresOf, loadCheckpoint, loadRun, saveRunAndCheckpoint } from './store';
import type { AuditDeps } from './types';

export const DEFAULT_REQUESTS_PER_MINUTE = 500;
// Customers checked at once (one call in flight each): enough to keep the pace at Partner Center's usual latency of a second
// or so, since the pacer, not this number, holds the rate.
export const DEFAULT_CONCURRENCY = 20;
export const DEFAULT_OFFLINE_BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
/** Resumes in a row that find the run where the previous one left it, before it stops as `stuck`. */
export const MAX_RESUMES_WITHOUT_PROGRESS = 3;

/** Where a run stands: a resume that finds the same mark made no progress. */
const progressMark = (checkpoint: AuditCheckpoint, outcomes: { done: number; failed: number }) =>
  [checkpoint.phase, checkpoint.pageToken ?? '', checkpoint.pagesDone, outcomes.done, outcomes.failed].join('|');

function settingsOf(deps: AuditDeps): AuditSettings {
  const { requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE, concurrency = DEFAULT_CONCURRENCY } = deps;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive whole number');
  return {
    db: deps.db,
    api: deps.api,
    now: deps.now,
    sleep: deps.sleep,
    limiter: deps.limiter ?? createEvenPacer({ requestsPerMinute, now: deps.now, sleep: deps.sleep }),
    concurrency,
    offlineBackoffMs: deps.offlineBackoffMs ?? DEFAULT_OFFLINE_BACKOFF_MS,
    ...(deps.partnerRole !== undefined && { partnerRole: deps.partnerRole }),
    ...(deps.onProgress && { onProgress: deps.onProgress }),
  };
}

/** The unfinished run to resume, or a new one. */
async function beginRun(deps: AuditDeps, settings: AuditSettings): Promise<{ run: AuditRunRecord; checkpoint: AuditCheckpoint }> {
  const { db, now } = settings;
  const at = new Date(now()).toISOString();
  const saved = await loadCheckpoint(db);
  if (saved) {
    const known = await loadRun(db, saved.runId);
    const outcomes = await countOutcomes(db, saved.runId);
    const mark = progressMark(saved, outcomes);
    // A resume the person asked for starts the count again; the automatic ones stop once they keep finding the run in place.
    const times = !deps.resumedByUser && saved.resumedAt?.mark === mark ? saved.resumedAt.times + 1 : 1;
    const checkpoint: AuditCheckpoint = { ...saved, resumedAt: { mark, times } };
    const stuck = times > MAX_RESUMES_WITHOUT_PROGRESS;
    const run: AuditRunRecord = {
      ...(known ?? { id: saved.runId, startedAt: at, failures: [] }),
      state: stuck ? 'stuck' : 'running',
      counts: { requests: 0, ...known?.counts, ...outcomes },
    };
    delete run.stoppedBy;
    if (stuck)
      run.stoppedBy = { messageKey: 'records.audit.stuck', ...(known?.stoppedBy?.cause && { cause: known.stoppedBy.cause }) };
    await saveRunAndCheckpoint(db, run, checkpoint);
    return { run, checkpoint };
  }
  const feed = settings.api.agreementRecordsPage !== undefined;
  const run: AuditRunRecord = {
    id: (deps.newRunId ?? (() => crypto.randomUUID()))(),
    startedAt: at,
    state: 'running',
    ...(!feed && { mode: 'per-customer' as const }),
    counts: { done: 0, failed: 0, requests: 0 },
    failures: [],
  };
  const checkpoint: AuditCheckpoint = {
    key: AUDIT_CHECKPOINT_KEY,
    runId: run.id,
    ...(!feed && { mode: 'per-customer' as const }),
    phase: feed ? 'feed' : 'customers',
    pageToken: null,
    pagesDone: 0,
    updatedAt: at,
  };
  await saveRunAndCheckpoint(db, run, checkpoint);
  return { run, checkpoint };
}

async function close(context: RunContext, state: Extract<AuditRunState, 'finished' | 'cancelled'>): Promise<AuditRunRecord> {
  const { run, checkpoint, settings } = context;
  const closed = await closeRun(settings.db, {
    ...run,
    state,
    ...(checkpoint.mode !== undefined && { mode: checkpoint.mode }),
    finishedAt: new Date(settings.now()).toISOString(),
  });
  Object.assign(run, closed);
  context.emit();
  return closed;
}

/** Stops where it is, keeping the checkpoint: the next `runAudit` resumes from there. */
async function stop(
  context: RunContext,
  state: Extract<AuditRunState, 'interrupted' | 'failed'>,
  error: unknown,
): Promise<AuditRunRecord> {
  const { run, settings } = context;
  run.state = state;
  if (error instanceof AuditInterruption) {
    run.stoppedBy = { messageKey: error.messageKey, ...(error.detail && { cause: error.detail }) };
  } else {
    run.stoppedBy = { messageKey: error instanceof RecordsError ? error.messageKey : 'records.audit.failure.unknown' };
  }
  try {
    run.failures = await failuresOf(settings.db, run.id);
    await saveRunAndCheckpoint(settings.db, run, context.checkpoint);
  } catch {
    // The records themselves may be what failed; the caller still gets the run as it stands.
  }
  context.emit();
  return run;
}

/**
 * Audits every customer: the bulk feed when Partner Center offers it, else customer by customer; then a second try for
 * customers that failed for a passing reason. Resumes the unfinished run if there is one. Resolves with the run record
 * in its final state: finished, cancelled, interrupted or failed (the last two resumable); rejects with a `RecordsError`
 * only when the records cannot be read to begin with.
 */
export async function runAudit(deps: AuditDeps, control: AuditControl = createAuditControl()): Promise<AuditRunRecord> {
  const settings = settingsOf(deps);
  const { run, checkpoint } = await beginRun(deps, settings).catch((error: unknown) => {
    throw readFailure(error);
  });
  const context = createRunContext(settings, control, run, checkpoint);
  context.emit();
  if (run.state === 'stuck') return run;
  try {
    if (checkpoint.phase === 'feed' && (await runFeedPhase(context)) === 'cancelled') return await close(context, 'cancelled');
    if (checkpoint.phase === 'customers' && (await runCustomersPhase(context)) === 'cancelled')
      return await close(context, 'cancelled');
    if ((await runRetryPhase(context)) === 'cancelled') return await close(context, 'cancelled');
    return await close(context, 'finished');
  } catch (error) {
    return stop(context, error instanceof AuditInterruption ? 'interrupted' : 'failed', error);
  }
}
