import { IDENTITY_FIELDS, resolveIdentity, type IdentitySource } from './customer-identity';
import type { CustomerRecord, RecordsDb } from './db';
import { foldName, matchesSearch, searchTerms, withNameKey, withoutNameKey } from './name-key';
import type { StoredCustomerRecord } from './types';
import { writeRecords } from './write';

export type CustomerUpdate = Partial<CustomerRecord> & { tenantId: string; lastSeenAt: string };

/**
 * The known record with what `source` newly says of the customer at `update.lastSeenAt`: who it is as `resolveIdentity`
 * decides, the other fields it leaves empty keeping their known value.
 */
export function mergeCustomer(
  known: CustomerRecord | undefined,
  update: CustomerUpdate,
  source: IdentitySource,
): StoredCustomerRecord {
  const defined = Object.fromEntries(
    Object.entries(update).filter(
      ([key, value]) => value !== undefined && value !== '' && !(IDENTITY_FIELDS as readonly string[]).includes(key),
    ),
  );
  const record = known && withoutNameKey(known);
  const identity = resolveIdentity(record, { source, observedAt: update.lastSeenAt, values: update });
  const lastSeenAt = record && record.lastSeenAt > update.lastSeenAt ? record.lastSeenAt : update.lastSeenAt;
  return withNameKey({ ...record, ...defined, ...identity, lastSeenAt } as CustomerRecord);
}

/** Adds what `source` (the API unless said) newly says of a customer (name, domain, country, language) to its record, keeping what was known before. */
export async function rememberCustomer(
  db: RecordsDb,
  customer: CustomerUpdate,
  source: IdentitySource = 'api',
): Promise<CustomerRecord> {
  const merged = await writeRecords(db, ['customers'], async (transaction) => {
    const store = transaction.objectStore('customers');
    const record = mergeCustomer(await store.get(customer.tenantId), customer, source);
    await store.put(record);
    return record;
  });
  return withoutNameKey(merged);
}

export async function customerRecord(db: RecordsDb, tenantId: string): Promise<CustomerRecord | undefined> {
  const stored = await db.get('customers', tenantId);
  return stored && withoutNameKey(stored);
}

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** How many index entries to read for each customer asked for: a customer may match on several words, or on one word only. */
const READ_AHEAD = 5;

/**
 * Customers seen in this browser whose tenant id starts with the query, or each of whose query words starts a word of the
 * name or the domain (accents and case ignored): names that start with the query first, then tenant ids, then the other
 * matches, each in name order.
 */
export async function searchCustomers(db: RecordsDb, query: string, limit = 20): Promise<CustomerRecord[]> {
  const wanted = foldName(query);
  const terms = searchTerms(query);
  if (!wanted || terms.length === 0) return [];
  const transaction = db.transaction('customers');
  const byTenantId = await transaction.store.getAll(prefixRange(wanted), limit);
  // Every match has a key starting with the first word of each part (a domain starts with its first label); the longest narrows most.
  const narrowest = terms
    .map(([token = '', first = token]) => first)
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  const candidates = await transaction.store.index('bySearchKey').getAll(prefixRange(narrowest), limit * READ_AHEAD);
  const matching = candidates.filter((customer) => matchesSearch(customer.searchKeys ?? [], terms));
  matching.sort((a, b) => (a.nameKey ?? '').localeCompare(b.nameKey ?? ''));
  const nameStarts = (customer: StoredCustomerRecord) => customer.nameKey?.startsWith(wanted) ?? false;
  const found = new Map<string, StoredCustomerRecord>();
  for (const customer of [...matching.filter(nameStarts), ...byTenantId, ...matching])
    if (found.size < limit) found.set(customer.tenantId, customer);
  return [...found.values()].map(withoutNameKey);
}
