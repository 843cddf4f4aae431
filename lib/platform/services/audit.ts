import { createAuditControl, runAudit, type AuditControl, type AuditProgressEvent } from '@/lib/audit';
import { auditApiOf } from '@/lib/audit/client-api';
import { broadcast, handleMessage, type HandlerContext } from '@/lib/messaging';
import { auditCheckpoint, auditRun } from '@/lib/records/audit-runs';
import { partnerCenterClient, tokens } from '../partner-center';
import { recordsDb } from '../records';
import { settingsStore } from '../settings';
import { showAuditOnToolbar } from '../toolbar-badge';

/** Where the worker stopped an audit that was still running (closed browser, stopped MV3 worker), it resumes it. */
const RESUME_ALARM = 'audit-resume';

export function registerAuditService(context: HandlerContext): void {
  let running: { control: AuditControl; done: Promise<unknown> } | null = null;
  let progress: AuditProgressEvent | null = null;

  const state = () => ({ active: running !== null, progress });

  let starting: Promise<void> | null = null;
  // One run at a time, however many callers (the page, the resume alarm, the worker's start) ask at once.
  const start = (byUser: boolean): Promise<void> => (starting ??= begin(byUser).finally(() => (starting = null)));

  async function begin(byUser: boolean): Promise<void> {
    if (running || !(await tokens.getAccount())) return;
    const control = createAuditControl();
    const done = (async () => {
      const settings = await settingsStore.load();
      await runAudit(
        {
          db: await recordsDb(),
          resumedByUser: byUser,
          api: await partnerCenterClient('en', 'audit').then(auditApiOf),
          now: Date.now,
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          requestsPerMinute: settings.apiRequestsPerMinute,
          ...(settings.partnerRole && { partnerRole: settings.partnerRole }),
          onProgress: (event) => {
            progress = event;
            showAuditOnToolbar(event);
            broadcast('auditProgress', event);
          },
        },
        control,
      );
    })().finally(() => {
      running = null;
    });
    running = { control, done };
  }

  /**
   * An unfinished run carries on, unless the user paused it or it is stuck: those wait for their "Resume" or "Try again"
   * (a stuck run's state is shown meanwhile).
   */
  async function resumeUnfinished(): Promise<void> {
    const db = await recordsDb();
    const checkpoint = await auditCheckpoint(db).catch(() => undefined);
    if (!checkpoint || running) return;
    const run = await auditRun(db, checkpoint.runId);
    if (run?.state === 'stuck') {
      const { done, failed, total, requests } = run.counts;
      progress = {
        runId: run.id,
        state: 'stuck',
        phase: checkpoint.phase,
        done,
        failed,
        ...(total !== undefined && { total }),
        requests,
        ratePerMinute: 0,
      };
      return;
    }
    if (run?.state === 'paused') return;
    await start(false);
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESUME_ALARM) void resumeUnfinished();
  });
  void browser.alarms.create(RESUME_ALARM, { periodInMinutes: 1 });
  const resumedAtStart = resumeUnfinished();

  handleMessage('startAudit', context, async () => {
    await start(true);
    return state();
  });
  // A run paused before the worker stopped is no longer in memory: "Resume" starts it again from its checkpoint.
  handleMessage('controlAudit', context, async ({ action }) => {
    if (running) running.control[action]();
    else if (action === 'resume') await start(true);
    return state();
  });
  // A page asking just after the worker (re)started sees the resumed run, not a stopped one.
  handleMessage('getAuditState', context, async () => {
    await resumedAtStart;
    return state();
  });
}
