import { checkCustomer } from './check-customer';
import { AuditInterruption, CallFailure, malformedItemFailure } from './failures';
import { runPool } from './pool';
import type { RunContext } from './run-context';
import { keepCustomerFailure, keepCustomerPage, listedCustomers } from './store';
import type { AuditApi } from './types';

type CustomersPage = Awaited<ReturnType<AuditApi['customersPage']>>;

/** Customers of the list that Partner Center sent malformed: each kept as a failure of the run. */
export async function keepMalformed(context: RunContext, page: CustomersPage): Promise<void> {
  const { db, now } = context.settings;
  for (const item of page.malformed ?? []) {
    if (item.id === undefined) continue;
    await keepCustomerFailure(db, context.run.id, malformedItemFailure(item.id, item.field, item.reason), now());
    context.customerFailed(false);
  }
}

/**
 * The customer list, page by page: names kept for every customer; the customers of the page not yet checked in this run
 * (all of them in per-customer mode, those the feed left out otherwise) are checked a few at a time, then the checkpoint
 * moves past the page. The next page is asked for while this one's customers are checked, so the checks never wait for it.
 * After the bulk feed, the customers the list gave and the feed left out are checked first; the list goes on where the feed
 * phase left it, if it stopped before the end.
 */
export async function runCustomersPhase(context: RunContext): Promise<'done' | 'cancelled'> {
  const { db, api, now, concurrency } = context.settings;
  const { run, checkpoint } = context;
  if (checkpoint.names) {
    const listed = await listedCustomers(db, run.id);
    const end = await runPool(listed, concurrency, (tenantId) => checkCustomer(context, tenantId, 1), context.proceed);
    if (end === 'cancelled') return 'cancelled';
    const { pageToken, done } = checkpoint.names;
    delete checkpoint.names;
    await context.advance(done ? { phase: 'retry', pageToken: null } : { pageToken });
  }
  const listPage = (token: string | null) => {
    const request = context.requestPage(() => api.customersPage(token));
    // Settled later, or never when the run stops first: not an unhandled rejection meanwhile.
    request.catch(() => undefined);
    return request;
  };
  let upcoming: ReturnType<typeof listPage> | undefined;
  while (checkpoint.phase === 'customers') {
    if (!(await context.proceed())) return 'cancelled';
    let page;
    try {
      page = await (upcoming ?? listPage(checkpoint.pageToken));
    } catch (error) {
      if (error instanceof CallFailure) throw new AuditInterruption('records.audit.interrupted.page', error.detail);
      throw error;
    }
    const next = page.next ?? null;
    upcoming = next === null ? undefined : listPage(next);
    if (page.total !== undefined) run.counts.total = page.total;
    const pending = await keepCustomerPage(db, run.id, page.items, now());
    await keepMalformed(context, page);
    const end = await runPool(
      pending,
      concurrency,
      (customer) => checkCustomer(context, customer.id, 1, customer),
      context.proceed,
    );
    if (end === 'cancelled') return 'cancelled';
    await context.advance(
      next === null
        ? { phase: 'retry', pageToken: null, pagesDone: checkpoint.pagesDone + 1 }
        : { pageToken: next, pagesDone: checkpoint.pagesDone + 1 },
    );
  }
  return 'done';
}
