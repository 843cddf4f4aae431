import { checkCustomer } from './check-customer';
import { runPool } from './pool';
import type { RunContext } from './run-context';
import { retryCandidates } from './store';

/** A second try for customers whose check failed for a passing reason (5xx, timeout, throttling); once each. */
export async function runRetryPhase(context: RunContext): Promise<'done' | 'cancelled'> {
  const { db, concurrency } = context.settings;
  const candidates = await retryCandidates(db, context.run.id);
  return runPool(
    candidates,
    concurrency,
    (failure) => checkCustomer(context, failure.tenantId, failure.attempts + 1),
    context.proceed,
  );
}
