// The sandbox's own record of a customer: what the Partner Center pages need (PortalCustomer) plus what the API serves.
import type { PortalAgreement, PortalCustomer } from '../portal/types';

export interface SandboxAgreement extends PortalAgreement {
  templateId: string;
  phoneNumber?: string;
  /** The partner user who attested (App+User); absent for agreements made through the enhanced flow. */
  userId?: string;
  attestationId?: string;
}

export interface ContactPerson {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
}

/** How a customer's agreement calls misbehave: a 500, or no answer until the sandbox's timeout and then a 504. */
export type CustomerFailure = 'error' | 'timeout';

export interface SandboxCustomer extends PortalCustomer {
  /** Position in generation order; also the order of the customer list. */
  index: number;
  commerceId: string;
  city: string;
  billingContact: ContactPerson;
  /** The indirect reseller associated with this customer, by tenant id. */
  associatedPartnerId?: string;
  agreements: SandboxAgreement[];
  /** When the customer accepted in the Microsoft 365 admin center; only the bulk feed reveals it. */
  directAcceptedAt?: string;
  failure?: CustomerFailure;
  /** Whether the bulk feed writes this customer's epoch in seconds or in milliseconds. */
  epochUnit: 'seconds' | 'milliseconds';
}
