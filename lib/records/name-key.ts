import type { CustomerRecord, StoredCustomerRecord } from './types';

/** Lower case without accents or surrounding spaces: what customer search compares. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The record with `nameKey` following its company name, so that the name index stays right. */
export function withNameKey(customer: CustomerRecord): StoredCustomerRecord {
  const rest = withoutNameKey(customer);
  const folded = customer.companyName ? foldName(customer.companyName) : '';
  return folded ? { ...rest, nameKey: folded } : rest;
}

/** The record as callers know it, without the index field. */
export function withoutNameKey(customer: StoredCustomerRecord): CustomerRecord {
  const { nameKey: _index, ...record } = customer;
  return record;
}
