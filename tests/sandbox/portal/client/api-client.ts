// The SPA's calls to its backend under /_portal/api.
import type { CustomerListResponse, CustomerResponse, SubscriptionListResponse } from '../api-types';

export class NotFoundError extends Error {}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (response.status === 404) throw new NotFoundError(path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const customerPath = (tenantId: string) => `/_portal/api/customers/${encodeURIComponent(tenantId)}`;

export const portalApi = {
  customers(offset: number, size: number, search: string): Promise<CustomerListResponse> {
    const query = new URLSearchParams({ offset: String(offset), size: String(size), q: search });
    return getJson(`/_portal/api/customers?${query.toString()}`);
  },
  customer(tenantId: string): Promise<CustomerResponse> {
    return getJson(customerPath(tenantId));
  },
  subscriptions(tenantId: string): Promise<SubscriptionListResponse> {
    return getJson(`${customerPath(tenantId)}/subscriptions`);
  },
};
