import type { CustomerRecord, RecordsDb } from './db';

/** Adds what is newly known of a customer (name, country, language) to its record, keeping what was known before. */
export async function rememberCustomer(db: RecordsDb, customer: Partial<CustomerRecord> & { tenantId: string; lastSeenAt: string }): Promise<CustomerRecord> {
  const tx = db.transaction('customers', 'readwrite');
  const known = await tx.store.get(customer.tenantId);
  const defined = Object.fromEntries(Object.entries(customer).filter(([, value]) => value !== undefined && value !== ''));
  const merged = { ...known, ...defined } as CustomerRecord;
  await Promise.all([tx.store.put(merged), tx.done]);
  return merged;
}

export function customerRecord(db: RecordsDb, tenantId: string): Promise<CustomerRecord | undefined> {
  return db.get('customers', tenantId);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Customers seen in this browser whose tenant id starts with, or whose name contains, the query (accents and case ignored). */
export async function searchCustomers(db: RecordsDb, query: string, limit = 20): Promise<CustomerRecord[]> {
  const wanted = fold(query);
  if (!wanted) return [];
  const matches: CustomerRecord[] = [];
  let cursor = await db.transaction('customers').store.openCursor();
  while (cursor && matches.length < limit) {
    const customer = cursor.value;
    if (customer.tenantId.startsWith(wanted) || (customer.companyName && fold(customer.companyName).includes(wanted))) matches.push(customer);
    cursor = await cursor.continue();
  }
  return matches;
}
