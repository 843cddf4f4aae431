// A small customer base for the portal's tests: one customer per agreement case, plus enough others to need paging.
import type { PortalAgreement, PortalCustomer, PortalDeps } from './types';

export const CONTOSO_ID = '0b6c8e2a-1f3d-4e5a-9b7c-2d4e6f8a0b1c';
export const FABRIKAM_ID = '1c7d9f3b-2a4e-4f6b-8c8d-3e5f7a9b1c2d';
export const NORTHWIND_ID = '2d8eaa4c-3b5f-4a7c-9d9e-4f6a8b0c2d3e';
export const TAILSPIN_ID = '3e9fbb5d-4c6a-4b8d-8eaf-5a7b9c1d3e4f';
export const HOSTILE_ID = '4fa0cc6e-5d7b-4c9e-9fba-6b8cad2e4f5a';
export const HOSTILE_NAME = '<Test> "Q" & Société Éclair <b>bold</b>';
export const GENERATED_COUNT = 120;

const person = { firstName: 'Ann', lastName: 'Lee', email: 'ann.lee@example.com' };
const mca = (dateAgreed: string): PortalAgreement => ({ type: 'MicrosoftCustomerAgreement', dateAgreed, ...person });
const cloudAgreement = (dateAgreed: string): PortalAgreement => ({ type: 'MicrosoftCloudAgreement', dateAgreed, ...person });

function customer(tenantId: string, companyName: string, fields: Partial<PortalCustomer> = {}): PortalCustomer {
  return {
    tenantId,
    companyName,
    domain: 'example.onmicrosoft.com',
    country: 'US',
    language: 'en-US',
    agreements: [],
    directAcceptance: false,
    ...fields,
  };
}

function generatedCustomer(index: number): PortalCustomer {
  const number = String(index).padStart(3, '0');
  return customer(`9${number.padStart(7, '0')}-0000-4000-8000-000000000${number}`, `Generated Customer ${number}`, {
    domain: `generated${number}.onmicrosoft.com`,
  });
}

export const portalTestCustomers: readonly PortalCustomer[] = [
  customer(CONTOSO_ID, 'Contoso Ltd', {
    domain: 'contoso.onmicrosoft.com',
    agreements: [mca('2018-02-01T00:00:00'), mca('2019-08-26T00:00:00'), cloudAgreement('2020-05-05T00:00:00')],
  }),
  customer(FABRIKAM_ID, 'Fabrikam SAS', {
    domain: 'fabrikam.onmicrosoft.com',
    country: 'FR',
    language: 'fr-FR',
    agreements: [cloudAgreement('2017-03-04T00:00:00')],
  }),
  customer(NORTHWIND_ID, 'Northwind Traders', { domain: 'northwind.onmicrosoft.com', country: 'GB', language: 'en-GB' }),
  customer(TAILSPIN_ID, 'Tailspin Toys', { domain: 'tailspin.onmicrosoft.com', directAcceptance: true }),
  customer(HOSTILE_ID, HOSTILE_NAME, {
    domain: 'eclair.onmicrosoft.com',
    country: 'FR',
    language: 'fr-FR',
    agreements: [mca('2024-01-09T00:00:00')],
    directAcceptance: true,
  }),
  ...Array.from({ length: GENERATED_COUNT }, (_, index) => generatedCustomer(index + 1)),
];

export function portalTestDeps(customers: readonly PortalCustomer[] = portalTestCustomers): PortalDeps {
  return {
    customers: () => customers,
    customer: (tenantId) => customers.find((candidate) => candidate.tenantId === tenantId),
  };
}
