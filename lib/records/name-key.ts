import type { CustomerRecord, StoredCustomerRecord } from './types';

/** Lower case without accents or surrounding spaces: what customer search compares. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const words = (text: string) =>
  foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What a customer is found by: each word of its name and its whole domain, folded (kept in a multi-entry index). */
export function searchKeysOf(customer: Pick<CustomerRecord, 'companyName' | 'domain'>): string[] {
  const keys = new Set(customer.companyName ? words(customer.companyName) : []);
  if (customer.domain) keys.add(foldName(customer.domain));
  return [...keys];
}

/** The query's parts, each of which must start a word of the name or the domain; for "Société Gén", `societe` and `gen`. */
export function searchTerms(query: string): string[][] {
  return foldName(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => [token, ...words(token)]);
}

/** Whether every part of the query starts the domain, or each of its words starts a word of the name. */
export function matchesSearch(keys: readonly string[], terms: readonly string[][]): boolean {
  const starts = (part: string) => keys.some((key) => key.startsWith(part));
  return terms.length > 0 && terms.every(([token = '', ...parts]) => starts(token) || (parts.length > 0 && parts.every(starts)));
}

/** The record with `nameKey` and `searchKeys` following its name and domain, so that the indexes stay right. */
export function withNameKey(customer: CustomerRecord): StoredCustomerRecord {
  const rest = withoutNameKey(customer);
  const folded = customer.companyName ? foldName(customer.companyName) : '';
  const searchKeys = searchKeysOf(customer);
  return { ...rest, ...(folded && { nameKey: folded }), ...(searchKeys.length > 0 && { searchKeys }) };
}

/** The record as callers know it, without the index fields. */
export function withoutNameKey(customer: StoredCustomerRecord): CustomerRecord {
  const { nameKey: _name, searchKeys: _search, ...record } = customer;
  return record;
}
