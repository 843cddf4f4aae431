// GET /v1/customers (paged, filterable) and GET /v1/customers/{id} (docs/partner-center-api.md §5.1, §5.2).
import { z } from 'zod';
import type { Customer, CustomerCollection, ResourceLink } from '@/lib/partner-center/schemas';
import type { SandboxCustomer } from '../data/types';
import type { ApiHandler } from './context';
import { ok } from './context';
import { decodeContinuation, encodeContinuation } from './continuation';
import { findCustomer, visibleCustomers } from './customer-access';
import { apiErrors } from './errors';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const link = (uri: string): ResourceLink => ({ uri, method: 'GET', headers: [] });

export function toCustomerResource(customer: SandboxCustomer, detailed: boolean): Customer {
  const id = customer.tenantId;
  const resource: Customer = {
    id,
    commerceId: customer.commerceId,
    companyProfile: {
      tenantId: id,
      domain: customer.domain,
      companyName: customer.companyName,
      links: { self: link(`/v1/customers/${id}/profiles/company`) },
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: 'reseller',
    links: { self: link(`/v1/customers/${id}`) },
    attributes: { objectType: 'Customer' },
  };
  if (customer.associatedPartnerId !== undefined) resource.associatedPartnerId = customer.associatedPartnerId;
  if (!detailed) return resource;
  const contact = customer.billingContact;
  return {
    ...resource,
    billingProfile: {
      id: customer.commerceId,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      culture: customer.language.toLowerCase(),
      language: customer.language.split('-')[0] ?? customer.language,
      companyName: customer.companyName,
      defaultAddress: { country: customer.country, city: customer.city, phoneNumber: contact.phoneNumber ?? null },
      attributes: { objectType: 'CustomerBillingProfile' },
    },
    allowDelegatedAccess: false,
    customDomains: [customer.domain],
  };
}

const filterSchema = z.object({
  Field: z.enum(['CompanyName', 'Domain']),
  Value: z.string(),
  Operator: z.literal('starts_with'),
});
type CustomerFilter = z.infer<typeof filterSchema>;
const continuationSchema = z.object({ offset: z.number().int().nonnegative(), filter: filterSchema.optional() });

function parseFilter(text: string | null): CustomerFilter | undefined {
  if (text === null) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw apiErrors.invalidInput(
      'filter must be URL-encoded JSON such as {"Field":"CompanyName","Value":"cont","Operator":"starts_with"}',
    );
  }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) throw apiErrors.invalidInput('filter needs Field CompanyName or Domain, a Value and Operator starts_with');
  return parsed.data;
}

function parseSize(text: string | null): number {
  if (text === null || text === '0') return DEFAULT_PAGE_SIZE;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw apiErrors.invalidInput(`size must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return size;
}

function matchesFilter(customer: SandboxCustomer, filter: CustomerFilter): boolean {
  const field = filter.Field === 'CompanyName' ? customer.companyName : customer.domain;
  return field.toLowerCase().startsWith(filter.Value.toLowerCase());
}

export const listCustomers: ApiHandler = ({ url, req, principal }, state) => {
  const size = parseSize(url.searchParams.get('size'));
  let offset = 0;
  let filter = parseFilter(url.searchParams.get('filter'));
  if (url.searchParams.get('seekOperation')?.toLowerCase() === 'next') {
    const token = req.headers['ms-continuationtoken'];
    if (typeof token !== 'string' || token === '')
      throw apiErrors.invalidInput('seekOperation=Next needs the MS-ContinuationToken header of links.next');
    ({ offset, filter } = decodeContinuation(token, continuationSchema));
  }
  const visible = visibleCustomers(principal, state);
  const matching = filter ? visible.slice(0, visible.length).filter((customer) => matchesFilter(customer, filter)) : visible;
  const page = matching.slice(offset, offset + size);
  const collection: CustomerCollection = {
    totalCount: matching.length,
    items: page.map((customer) => toCustomerResource(customer, false)),
    links: { self: link(`${url.pathname}${url.search}`) },
    attributes: { objectType: 'Collection' },
  };
  if (offset + size < matching.length) {
    const token = encodeContinuation(filter ? { offset: offset + size, filter } : { offset: offset + size });
    collection.links.next = {
      uri: `/v1/customers?size=${size}&seekOperation=Next`,
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: token }],
    };
  }
  return ok(collection);
};

export const getCustomer: ApiHandler = ({ principal, params }, state) =>
  ok(toCustomerResource(findCustomer(principal, state, params[0] ?? ''), true));
