// The stand-in for Partner Center's internal backend that its pages fetch their data from.
import type { ServerResponse } from 'node:http';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './api-types';
import type { CustomerListResponse, PortalApiError, SubscriptionListResponse } from './api-types';
import { sendJson } from './http';
import { subscriptionsOf } from './subscriptions';
import type { PortalCustomer, PortalDeps } from './types';

const CUSTOMERS_PATH = /^customers(?:\/([^/]+)(\/subscriptions)?)?$/;
const NON_NEGATIVE_INTEGER = /^\d{1,9}$/;

/** Answers `apiPath` (the part after `/_portal/api/`); false when no endpoint has that path. */
export function handlePortalApi(deps: PortalDeps, apiPath: string, query: URLSearchParams, res: ServerResponse): boolean {
  const match = CUSTOMERS_PATH.exec(apiPath);
  if (!match) return false;
  const [, encodedTenantId, subscriptions] = match;
  if (encodedTenantId === undefined) {
    sendCustomerList(deps, query, res);
    return true;
  }
  const customer = deps.customer(decodeTenantId(encodedTenantId));
  if (!customer) sendJson(res, 404, apiError('CustomerNotFound', 'No customer has this tenant id.'));
  else if (subscriptions) sendJson(res, 200, { items: subscriptionsOf(customer.tenantId) } satisfies SubscriptionListResponse);
  else sendJson(res, 200, customer);
  return true;
}

function decodeTenantId(encoded: string): string {
  try {
    return decodeURIComponent(encoded).toLowerCase();
  } catch {
    return encoded.toLowerCase();
  }
}

function sendCustomerList(deps: PortalDeps, query: URLSearchParams, res: ServerResponse): void {
  const offset = integerParameter(query, 'offset', 0);
  const size = integerParameter(query, 'size', DEFAULT_PAGE_SIZE);
  if (offset === undefined || size === undefined || size < 1 || size > MAX_PAGE_SIZE) {
    sendJson(
      res,
      400,
      apiError('InvalidPaging', `offset must be an integer >= 0 and size an integer from 1 to ${MAX_PAGE_SIZE}.`),
    );
    return;
  }
  const matching = customersMatching(deps.customers(), query.get('q') ?? '');
  const body: CustomerListResponse = {
    totalCount: matching.length,
    offset,
    size,
    items: matching
      .slice(offset, offset + size)
      .map(({ tenantId, companyName, domain, country }) => ({ tenantId, companyName, domain, country })),
  };
  sendJson(res, 200, body);
}

function integerParameter(query: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  return NON_NEGATIVE_INTEGER.test(raw) ? Number(raw) : undefined;
}

/** Case- and accent-insensitive: staff type names without their accents. */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function customersMatching(customers: readonly PortalCustomer[], search: string): readonly PortalCustomer[] {
  const needle = searchable(search.trim());
  return needle ? customers.filter((customer) => searchable(customer.companyName).includes(needle)) : customers;
}

function apiError(error: string, message: string): PortalApiError {
  return { error, message };
}
