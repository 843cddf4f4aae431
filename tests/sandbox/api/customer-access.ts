// Which customers a caller sees, and the misbehaviour some customers' agreement calls are generated with.
import type { Principal } from '../auth/jwt';
import { INDIRECT_RESELLER_TENANT_ID } from '../auth/users';
import type { SandboxCustomer } from '../data/types';
import type { ApiState } from './context';
import { apiErrors } from './errors';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list of customers read page by page: the store makes only the customers of the pages read. */
export interface CustomerList {
  readonly length: number;
  slice(start: number, end: number): readonly SandboxCustomer[];
}

/** The partner sees all its customers; the indirect reseller, signed in to its own tenant, sees those associated with it. */
export function visibleCustomers(principal: Principal, state: ApiState): CustomerList {
  const { store } = state;
  if (principal.tenantId !== INDIRECT_RESELLER_TENANT_ID)
    return { length: store.size, slice: (start, end) => store.slice(start, end) };
  return store.customers().filter((customer) => customer.associatedPartnerId === INDIRECT_RESELLER_TENANT_ID);
}

function canSee(principal: Principal, customer: SandboxCustomer): boolean {
  return principal.tenantId !== INDIRECT_RESELLER_TENANT_ID || customer.associatedPartnerId === INDIRECT_RESELLER_TENANT_ID;
}

/** 400 900118 for an id that is not a GUID, 404 60003 for a customer the caller does not have. */
export function findCustomer(principal: Principal, state: ApiState, customerId: string): SandboxCustomer {
  if (!GUID.test(customerId)) throw apiErrors.invalidCustomerId(customerId);
  const customer = state.store.customer(customerId);
  if (!customer || !canSee(principal, customer)) throw apiErrors.tenantNotFound();
  return customer;
}

/** The generated failures of a customer's agreement calls: a 500 at once, or a 504 after the sandbox's timeout. */
export async function reachAgreementService(customer: SandboxCustomer, state: ApiState): Promise<void> {
  if (customer.failure === 'error') throw apiErrors.serviceError();
  if (customer.failure === 'timeout') {
    await state.timers.sleep(state.options.timeoutMs);
    throw apiErrors.gatewayTimeout();
  }
}
