import { IDENTITY_FIELDS, resolveIdentity, type IdentitySource } from './customer-identity';
import type { CustomerRecord, RecordsDb } from './db';
import { foldName, withNameKey, withoutNameKey } from './name-key';
import type { StoredCustomerRecord } from './types';
import { writeRecords } from './write';

export type CustomerUpdate = Partial<CustomerRecord> & { tenantId: string; lastSeenAt: string };

/**
 * The known record with what `source` newly says of the customer at `update.lastSeenAt`: who it is as `resolveIdentity`
 * decides, the other fields it leaves empty keeping their known value.
 */
export function mergeCustomer(known: CustomerRecord | undefined, update: CustomerUpdate, source: IdentitySource): StoredCustomerRecord {
  const defined = Object.fromEntries(Object.entries(update).filter(([key, value]) => value !== undefined && value !== '' && !(IDENTITY_FIELDS as readonly string[]).includes(key)));
  const record = known && withoutNameKey(known);
  const identity = resolveIdentity(record, { source, observedAt: update.lastSeenAt, values: update });
  const lastSeenAt = record && record.lastSeenAt > update.lastSeenAt ? record.lastSeenAt : update.lastSeenAt;
  return withNameKey({ ...record, ...defined, ...identity, lastSeenAt } as CustomerRecord);
}

/** Adds what `source` (the API unless said) newly says of a customer (name, domain, country, language) to its record, keeping what was known before. */
export async function rememberCustomer(db: RecordsDb, customer: CustomerUpdate, source: IdentitySource = 'api'): Promise<CustomerRecord> {
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

/**
 * Customers seen in this browser whose tenant id starts with, or whose name contains, the query (accents and case ignored):
 * names starting with it first, then tenant ids, then names containing it, each in name order.
 */
export async function searchCustomers(db: RecordsDb, query: string, limit = 20): Promise<CustomerRecord[]> {
  const wanted = foldName(query);
  if (!wanted) return [];
  const transaction = db.transaction('customers');
  const byName = transaction.store.index('byName');
  const found = new Map<string, StoredCustomerRecord>();
  const add = (customers: StoredCustomerRecord[]) => {
    for (const customer of customers) if (found.size < limit && !found.has(customer.tenantId)) found.set(customer.tenantId, customer);
  };
  add(await byName.getAll(prefixRange(wanted), limit));
  if (found.size < limit) add(await transaction.store.getAll(prefixRange(wanted), limit));
  let cursor = found.size < limit ? await byName.openCursor() : null;
  while (cursor && found.size < limit) {
    if (cursor.value.nameKey?.includes(wanted)) add([cursor.value]);
    cursor = await cursor.continue();
  }
  return [...found.values()].map(withoutNameKey);
}
