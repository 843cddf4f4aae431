// The JSON the sandbox's Partner Center pages get from their own backend under /_portal/api.
import type { PortalCustomer } from './types';

export interface CustomerListItem {
  tenantId: string;
  companyName: string;
  domain: string;
  country: string;
}

export interface CustomerListResponse {
  /** Customers matching the search, over all pages. */
  totalCount: number;
  offset: number;
  size: number;
  items: CustomerListItem[];
}

export type CustomerResponse = PortalCustomer;

export interface PortalSubscription {
  id: string;
  offerName: string;
  quantity: number;
  billingCycle: 'monthly' | 'annual';
  status: 'active';
}

export interface SubscriptionListResponse {
  items: PortalSubscription[];
}

export interface PortalApiError {
  error: string;
  message: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
