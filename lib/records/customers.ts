import type { CustomerRecord, RecordsDb } from './db';
import { foldName, withNameKey, withoutNameKey } from './name-key';
import type { StoredCustomerRecord } from './types';
import { writeRecords } from './write';

export type CustomerUpdate = Partial<CustomerRecord> & { tenantId: string; lastSeenAt: string };

/** The known record with what the update newly says (fields it leaves empty keep their known value). */
export function mergeCustomer(known: CustomerRecord | undefined, update: CustomerUpdate): StoredCustomerRecord {
  const defined = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined && value !== ''));
  return withNameKey({ ...(known && withoutNameKey(known)), ...defined } as CustomerRecord);
}

/** Adds what is newly known of a customer (name, country, language) to its record, keeping what was known before. */
export async function rememberCustomer(db: RecordsDb, customer: CustomerUpdate): Promise<CustomerRecord> {
  const merged = await writeRecords(db, ['customers'], async (transaction) => {
    const store = transaction.objectStore('customers');
    const record = mergeCustomer(await store.get(customer.tenantId), customer);
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
