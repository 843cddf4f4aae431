import { evidenceFromFeed } from '../evidence/partner-center';
import { AuditInterruption, CallFailure, feedNotOffered } from './failures';
import type { RunContext } from './run-context';
import { keepFeedPage } from './store';

/**
 * The bulk feed, page by page: each page's evidence and the checkpoint past it in one transaction. When the first page is
 * refused (the feed is not offered), the audit goes customer by customer instead.
 */
export async function runFeedPhase(context: RunContext): Promise<'done' | 'cancelled'> {
  const { db, api, now, partnerRole } = context.settings;
  const { run, checkpoint } = context;
  const feedPage = api.agreementRecordsPage?.bind(api);
  if (!feedPage) {
    await context.advance({ mode: 'per-customer', phase: 'customers', pageToken: null });
    return 'done';
  }
  while (checkpoint.phase === 'feed') {
    if (!(await context.proceed())) return 'cancelled';
    const token = checkpoint.pageToken;
    let page;
    try {
      page = await context.requestPage(() => feedPage(token));
    } catch (error) {
      if (!(error instanceof CallFailure)) throw error;
      if (checkpoint.mode === undefined && feedNotOffered(error.detail)) {
        await context.advance({ mode: 'per-customer', phase: 'customers', pageToken: null });
        return 'done';
      }
      throw new AuditInterruption('records.audit.interrupted.page', error.detail);
    }
    const at = now();
    const next = page.next ?? null;
    const pieces = page.items.map((record) => evidenceFromFeed(record, new Date(at).toISOString()));
    const movedOn = {
      ...checkpoint,
      mode: 'bulk-feed' as const,
      ...(next === null ? { phase: 'customers' as const, pageToken: null } : { pageToken: next }),
      pagesDone: checkpoint.pagesDone + 1,
      updatedAt: new Date(at).toISOString(),
    };
    const counted = { ...run, mode: 'bulk-feed' as const, counts: { ...run.counts, done: run.counts.done + pieces.length } };
    await keepFeedPage(db, pieces, {
      runId: run.id,
      now: at,
      ...(partnerRole !== undefined && { partnerRole }),
      run: counted,
      checkpoint: movedOn,
    });
    Object.assign(checkpoint, movedOn);
    Object.assign(run, counted);
    context.customersDone(pieces.length);
  }
  return 'done';
}
