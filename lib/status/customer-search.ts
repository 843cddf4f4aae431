import { customerFieldsOf } from '../evidence/partner-center';
import type { Customer } from '../partner-center/schemas';
import type { CustomerRecord } from '../records/types';
import { isGuid, tenantKey } from '../tenant/tenant-id';

/** What the Partner Center API offers to find a customer: by id, or a page of customers whose name or domain starts with a text. */
export interface CustomerFinder {
  getCustomer(tenantId: string): Promise<Customer>;
  customersStartingWith(field: 'CompanyName' | 'Domain', prefix: string): Promise<readonly Customer[]>;
}

// A company name may hold a dot ("Example Inc."), a domain never holds a space.
const looksLikeDomain = (query: string) => /^[^\s.]+(?:\.[^\s.]+)+$/.test(query);

/**
 * Customers matching a query: those this browser already knows, then, when signed in, those Partner Center finds (a full
 * tenant id by id, a domain by the start of the domain, else by the start of the company name), without repeating a customer.
 */
export async function findCustomers(
  query: string,
  known: readonly CustomerRecord[],
  finder: CustomerFinder | null,
  now: Date,
): Promise<CustomerRecord[]> {
  const wanted = query.trim();
  if (!finder || !wanted) return [...known];
  const found = isGuid(wanted)
    ? await finder.getCustomer(tenantKey(wanted)).then(
        (customer) => [customer],
        () => [],
      )
    : await finder.customersStartingWith(looksLikeDomain(wanted) ? 'Domain' : 'CompanyName', wanted);
  const seen = new Set(known.map((customer) => customer.tenantId));
  const fromApi = found
    .filter((customer) => !seen.has(tenantKey(customer.id)))
    .map((customer) => ({ tenantId: tenantKey(customer.id), ...customerFieldsOf(customer), lastSeenAt: now.toISOString() }));
  return [...known, ...fromApi];
}
