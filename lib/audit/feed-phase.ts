import { evidenceFromFeed } from '../evidence/partner-center';
import { AuditInterruption, CallFailure, feedNotOffered } from './failures';
import type { RunContext } from './run-context';
import { keepMalformed } from './customers-phase';
import { keepCustomerPage, keepFeedPage, saveRunAndCheckpoint } from './store';

type Chain = 'done' | 'cancelled';

/** A page asked for ahead of its turn: settled later, or never when the run stops first, so never an unhandled rejection. */
function ahead<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

const pageFailure = (error: unknown) =>
  error instanceof CallFailure ? new AuditInterruption('records.audit.interrupted.page', error.detail) : error;

/**
 * The bulk feed, page by page: each page's evidence and the checkpoint past it in one transaction, the next page asked for
 * while one is kept. Once the feed answers, the customer list is read for the names at the same time, within the same
 * rate limit, so that the limit rather than the records sets the pace. When the first page is refused (the feed is not
 * offered), the audit goes customer by customer instead.
 */
export async function runFeedPhase(context: RunContext): Promise<Chain> {
  const { api } = context.settings;
  const { checkpoint } = context;
  const feedPage = api.agreementRecordsPage?.bind(api);
  if (!feedPage) {
    await context.advance({ mode: 'per-customer', phase: 'customers', pageToken: null });
    return 'done';
  }
  let first;
  try {
    first = await context.requestPage(() => feedPage(checkpoint.pageToken));
  } catch (error) {
    if (error instanceof CallFailure && checkpoint.mode === undefined && feedNotOffered(error.detail)) {
      await context.advance({ mode: 'per-customer', phase: 'customers', pageToken: null });
      return 'done';
    }
    throw pageFailure(error);
  }
  // One chain's failure stops the other at its next page; the first failure is the run's.
  let failure: { error: unknown } | undefined;
  const guard = async (chain: () => Promise<Chain>): Promise<Chain> => {
    try {
      return await chain();
    } catch (error) {
      failure ??= { error };
      return 'done';
    }
  };
  checkpoint.names ??= { pageToken: null, done: false };
  const [feed, names] = await Promise.all([
    guard(() => feedChain(context, first, feedPage, () => failure === undefined && checkpoint.phase === 'feed')),
    guard(() => namesChain(context, () => failure === undefined)),
  ]);
  if (failure) throw failure.error;
  return feed === 'cancelled' || names === 'cancelled' ? 'cancelled' : 'done';
}

type FeedPage = Awaited<ReturnType<NonNullable<RunContext['settings']['api']['agreementRecordsPage']>>>;

async function feedChain(
  context: RunContext,
  first: FeedPage,
  feedPage: (token: string | null) => Promise<FeedPage>,
  going: () => boolean,
): Promise<Chain> {
  const { db, now, partnerRole } = context.settings;
  const { run, checkpoint } = context;
  let current: Promise<FeedPage> = Promise.resolve(first);
  while (going()) {
    if (!(await context.proceed())) return 'cancelled';
    let page;
    try {
      page = await current;
    } catch (error) {
      throw pageFailure(error);
    }
    const next = page.next ?? null;
    if (next !== null) current = ahead(context.requestPage(() => feedPage(next)));
    const at = now();
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
    // The names may have moved on while the page was kept: the checkpoint in memory keeps the later position.
    Object.assign(checkpoint, { ...movedOn, ...(checkpoint.names && { names: checkpoint.names }) });
    run.mode = 'bulk-feed';
    run.counts.done += pieces.length;
    context.customersDone(pieces.length);
  }
  return 'done';
}

/**
 * The customer list while the feed runs, to its end: names kept, customers not yet checked marked `listed`; the position
 * kept after each page (a page read twice does no harm).
 */
async function namesChain(context: RunContext, going: () => boolean): Promise<Chain> {
  const { db, api, now } = context.settings;
  const { run, checkpoint } = context;
  const listPage = (token: string | null) => ahead(context.requestPage(() => api.customersPage(token)));
  let position = checkpoint.names ?? { pageToken: null, done: false };
  let current = position.done ? undefined : listPage(position.pageToken);
  while (current && going()) {
    if (!(await context.proceed())) return 'cancelled';
    let page;
    try {
      page = await current;
    } catch (error) {
      throw pageFailure(error);
    }
    const next = page.next ?? null;
    current = next === null ? undefined : listPage(next);
    if (page.total !== undefined) run.counts.total = page.total;
    await keepCustomerPage(db, run.id, page.items, now());
    await keepMalformed(context, page);
    position = { pageToken: next, done: next === null };
    checkpoint.names = position;
    await saveRunAndCheckpoint(db, run, checkpoint);
  }
  return 'done';
}
