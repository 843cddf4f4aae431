// The state one audit run shares between its phases: the run record and checkpoint as they stand, the request pacing,
// the pause gate and the progress events.
import type { PartnerRole } from '../mca/types';
import type { RecordsDb } from '../records/db';
import type { AuditCheckpoint, AuditRunRecord, AuditRunState } from '../records/types';
import type { AuditControl } from './control';
import { createRateMeter } from './progress';
import { createRequester } from './requests';
import { saveRun, saveRunAndCheckpoint } from './store';
import type { AuditApi, AuditProgressEvent, RequestLimiter } from './types';

export interface AuditSettings {
  db: RecordsDb;
  api: AuditApi;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  limiter: RequestLimiter;
  concurrency: number;
  partnerRole?: PartnerRole;
  onProgress?: (event: AuditProgressEvent) => void;
  offlineBackoffMs: readonly number[];
}

export function createRunContext(
  settings: AuditSettings,
  control: AuditControl,
  run: AuditRunRecord,
  checkpoint: AuditCheckpoint,
) {
  const { db, now } = settings;
  const meter = createRateMeter(now);
  const requester = createRequester({ ...settings, onRequest: () => (run.counts.requests += 1) });
  let pauseWait: Promise<void> | undefined;

  const context = {
    settings,
    control,
    run,
    checkpoint,
    request: requester.request,
    requestPage: requester.requestPage,

    emit(): void {
      const { done, failed, total, requests } = run.counts;
      const etaMs = total === undefined ? undefined : meter.etaMs(total - done - failed);
      settings.onProgress?.({
        runId: run.id,
        state: run.state,
        ...(checkpoint.mode !== undefined && { mode: checkpoint.mode }),
        phase: checkpoint.phase,
        done,
        failed,
        ...(total !== undefined && { total }),
        requests,
        ratePerMinute: meter.ratePerMinute(),
        ...(etaMs !== undefined && { etaMs }),
      });
    },

    /** A customer's check ended; `retried` when it had failed before in this run. */
    customerDone(retried: boolean): void {
      run.counts.done += 1;
      if (retried) run.counts.failed -= 1;
      meter.finished();
      context.emit();
    },

    /** A feed page was kept; the run's counts already hold its customers. */
    customersDone(count: number): void {
      meter.finished(count);
      context.emit();
    },

    customerFailed(retried: boolean): void {
      if (!retried) run.counts.failed += 1;
      context.emit();
    },

    async setState(state: AuditRunState): Promise<void> {
      run.state = state;
      await saveRun(db, run);
      context.emit();
    },

    /** Moves the checkpoint on (with the counts so far) once what it covered is kept. */
    async advance(next: Partial<Omit<AuditCheckpoint, 'key' | 'runId'>>): Promise<void> {
      Object.assign(checkpoint, next, { updatedAt: new Date(now()).toISOString() });
      if (checkpoint.mode !== undefined) run.mode = checkpoint.mode;
      await saveRunAndCheckpoint(db, run, checkpoint);
      context.emit();
    },

    /** Asked before each step: waits while paused; false once cancelled. */
    async proceed(): Promise<boolean> {
      if (control.state === 'paused') {
        pauseWait ??= (async () => {
          await context.setState('paused');
          while (control.state === 'paused') await control.changed();
          pauseWait = undefined;
          if (control.state === 'running') await context.setState('running');
        })();
        await pauseWait;
      }
      return control.state !== 'cancelled';
    },
  };
  return context;
}

export type RunContext = ReturnType<typeof createRunContext>;
