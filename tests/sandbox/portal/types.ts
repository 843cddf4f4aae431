// What the sandbox's Partner Center pages need to know about a customer; the sandbox's data store provides it.

export interface PortalAgreement {
  type: 'MicrosoftCustomerAgreement' | 'MicrosoftCloudAgreement';
  /** As Partner Center sends it: `2019-08-26T00:00:00`, UTC without a zone. */
  dateAgreed: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface PortalCustomer {
  /** The customer's tenant id (lower-case GUID), Partner Center's "Microsoft ID". */
  tenantId: string;
  companyName: string;
  domain: string;
  /** ISO 3166-1 alpha-2, e.g. `FR`. */
  country: string;
  /** The customer's language, e.g. `fr-FR`. */
  language: string;
  agreements: PortalAgreement[];
  /** Accepted directly in the Microsoft 365 admin center. */
  directAcceptance: boolean;
}

export interface PortalDeps {
  customers(): readonly PortalCustomer[];
  customer(tenantId: string): PortalCustomer | undefined;
}
