// The sandbox's customers, shared by the API and the Partner Center pages (it is the pages' PortalDeps).
import type { PortalDeps } from '../portal/types';
import { customerTenantId, generateCustomer } from './generator';
import { CUSTOMER_STATUSES, customerStatus, type CustomerStatus } from './statuses';
import type { SandboxAgreement, SandboxCustomer } from './types';

export interface CustomerQuery {
  status?: CustomerStatus;
  /** A base language (`fr`) or a full tag (`fr-FR`). */
  language?: string;
  country?: string;
  /** `true`: associated with any indirect reseller; `false`: with none; a tenant id: with that reseller. */
  reseller?: boolean | string;
  /** Case-insensitive part of the company name. */
  nameIncludes?: string;
}

function matches(customer: SandboxCustomer, query: CustomerQuery): boolean {
  if (query.status !== undefined && customerStatus(customer) !== query.status) return false;
  if (query.language !== undefined) {
    const wanted = query.language.toLowerCase();
    const language = customer.language.toLowerCase();
    if (language !== wanted && language.split('-')[0] !== wanted) return false;
  }
  if (query.country !== undefined && customer.country !== query.country) return false;
  if (query.reseller === true && customer.associatedPartnerId === undefined) return false;
  if (query.reseller === false && customer.associatedPartnerId !== undefined) return false;
  if (typeof query.reseller === 'string' && customer.associatedPartnerId !== query.reseller) return false;
  if (query.nameIncludes !== undefined && !customer.companyName.toLowerCase().includes(query.nameIncludes.toLowerCase()))
    return false;
  return true;
}

/**
 * Customers are made when first needed (each from its own stream of the seed), so that a sandbox of 50,000 starts at
 * once; only the index of tenant ids is built up front.
 */
export class SandboxStore implements PortalDeps {
  private readonly slots: (SandboxCustomer | undefined)[];
  private readonly indexByTenantId = new Map<string, number>();
  private everyone: SandboxCustomer[] | undefined;

  constructor(
    private readonly seed: number,
    readonly size: number,
  ) {
    this.slots = new Array<SandboxCustomer | undefined>(size);
    for (let index = 0; index < size; index++) this.indexByTenantId.set(customerTenantId(seed, index), index);
  }

  static generate(seed: number, count: number): SandboxStore {
    return new SandboxStore(seed, count);
  }

  customerAt(index: number): SandboxCustomer {
    if (index < 0 || index >= this.size) throw new RangeError(`no customer #${index}`);
    let customer = this.slots[index];
    if (!customer) {
      customer = generateCustomer(this.seed, index);
      this.slots[index] = customer;
    }
    return customer;
  }

  /** Customers `start` to `end` (excluded), made if need be, without making the others. */
  slice(start: number, end: number): SandboxCustomer[] {
    const customers: SandboxCustomer[] = [];
    for (let index = Math.max(0, start); index < Math.min(end, this.size); index++) customers.push(this.customerAt(index));
    return customers;
  }

  customers(): readonly SandboxCustomer[] {
    this.everyone ??= Array.from({ length: this.size }, (_, index) => this.customerAt(index));
    return this.everyone;
  }

  /** Tenant ids are GUIDs: looked up without regard to case. */
  customer(tenantId: string): SandboxCustomer | undefined {
    const index = this.indexByTenantId.get(tenantId.toLowerCase());
    return index === undefined ? undefined : this.customerAt(index);
  }

  findCustomer(query: CustomerQuery): SandboxCustomer | undefined {
    for (let index = 0; index < this.size; index++) {
      const customer = this.customerAt(index);
      if (matches(customer, query)) return customer;
    }
    return undefined;
  }

  findCustomers(query: CustomerQuery): SandboxCustomer[] {
    return this.customers().filter((customer) => matches(customer, query));
  }

  statusOf(customer: SandboxCustomer): CustomerStatus {
    return customerStatus(customer);
  }

  countsByStatus(): Record<CustomerStatus, number> {
    const counts = Object.fromEntries(CUSTOMER_STATUSES.map((status) => [status, 0])) as Record<CustomerStatus, number>;
    for (const customer of this.customers()) counts[customerStatus(customer)]++;
    return counts;
  }

  addAgreement(customer: SandboxCustomer, agreement: SandboxAgreement): void {
    customer.agreements.push(agreement);
  }
}

/** The pages' view of the store (the store already is one; this keeps the pages' dependency explicit). */
export function createPortalDeps(store: SandboxStore): PortalDeps {
  return { customers: () => store.customers(), customer: (tenantId) => store.customer(tenantId) };
}
