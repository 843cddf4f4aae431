import type { Customer } from '../partner-center/schemas';
import { customerFieldsOf, evidenceFromApi } from '../evidence/partner-center';
import { tenantKey } from '../tenant/tenant-id';
import { CallFailure } from './failures';
import type { RunContext } from './run-context';
import { keepAuditedCustomer, keepCustomerFailure } from './store';

/**
 * Asks for one customer's agreements and direct-signing status (two calls) and keeps them as evidence with the rebuilt
 * assessment; a failed call is kept as the customer's failure. `attempts` counts this try. The calls go one after the other:
 * once the first has failed, the check has failed (it is tried again at the end), and the second would only spend the
 * partner's rate limit.
 */
export async function checkCustomer(context: RunContext, tenantId: string, attempts: number, customer?: Customer): Promise<void> {
  const { db, api, now, partnerRole } = context.settings;
  const retried = attempts > 1;
  try {
    const agreements = await context.request(() => api.customerAgreements(tenantId));
    const direct = await context.request(() => api.directSignStatus(tenantId));
    const at = now();
    await keepAuditedCustomer(db, {
      runId: context.run.id,
      piece: evidenceFromApi(tenantId, agreements, direct, new Date(at).toISOString()),
      ...(customer && { customer: customerFieldsOf(customer) }),
      now: at,
      ...(partnerRole !== undefined && { partnerRole }),
    });
    context.customerDone(retried);
  } catch (error) {
    if (!(error instanceof CallFailure)) throw error;
    await keepCustomerFailure(db, context.run.id, { ...error.detail, tenantId: tenantKey(tenantId), attempts }, now());
    context.customerFailed(retried);
  }
}
