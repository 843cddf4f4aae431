import { describe, expect, it } from 'vitest';
import { createAuditControl } from '@/lib/audit/control';
import { auditCheckpoint } from '@/lib/records/audit-runs';
import { runToEnd, setUpAudit } from './support';

describe('audit control', () => {
  it('pauses after the customers in flight, stays still however long, and resumes where it was', async () => {
    const setup = await setUpAudit({ customerCount: 12, feed: 'absent' }, { concurrency: 2 });
    let paused = false;
    const running = setup.start({
      onProgress: (event) => {
        setup.events.push(event);
        if (event.done === 3 && !paused) {
          paused = true;
          setup.control.pause();
        }
      },
    });
    await setup.time.runUntilStill();
    const callsWhenPaused = setup.partnerCenter.calls.length;
    expect(setup.events.at(-1)).toMatchObject({ state: 'paused' });
    expect(await setup.db.get('auditRuns', 'run-1')).toMatchObject({ state: 'paused' });
    const donePaused = setup.events.at(-1)?.done ?? 0;
    expect(donePaused).toBeGreaterThanOrEqual(3);
    expect(donePaused).toBeLessThanOrEqual(4);

    await setup.time.pass(30 * 60_000);
    expect(setup.partnerCenter.calls).toHaveLength(callsWhenPaused);

    setup.control.resume();
    const run = await setup.time.run(running);
    expect(run).toMatchObject({ state: 'finished', counts: { done: 12, failed: 0 } });
    expect(setup.events.map((event) => event.state)).toEqual(expect.arrayContaining(['paused', 'running', 'finished']));
  });

  it('cancels for good: the run ends as cancelled, and the next audit starts afresh', async () => {
    const setup = await setUpAudit({ customerCount: 12, feed: 'absent' }, { concurrency: 2 });
    const run = await runToEnd(setup, {
      onProgress: (event) => {
        if (event.done === 4) setup.control.cancel();
      },
    });
    expect(run).toMatchObject({ id: 'run-1', state: 'cancelled' });
    expect(run.counts.done).toBeLessThan(12);
    expect(run.finishedAt).toBeDefined();
    expect(await auditCheckpoint(setup.db)).toBeUndefined();
    expect(await setup.db.count('auditProgress')).toBe(0);

    setup.control = createAuditControl();
    const fresh = await runToEnd(setup, { onProgress: () => undefined });
    expect(fresh).toMatchObject({ id: 'run-2', state: 'finished', counts: { done: 12 } });
  });

  it('cancels a paused run', async () => {
    const setup = await setUpAudit({ customerCount: 6, feed: 'absent' }, { concurrency: 1 });
    const running = setup.start({
      onProgress: (event) => event.done === 1 && event.state === 'running' && setup.control.pause(),
    });
    await setup.time.runUntilStill();
    setup.control.cancel();
    expect(await setup.time.run(running)).toMatchObject({ state: 'cancelled' });
  });

  it('gives a cancelled control no way back', () => {
    const control = createAuditControl();
    control.cancel();
    control.resume();
    control.pause();
    expect(control.state).toBe('cancelled');
  });
});
