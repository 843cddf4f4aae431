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
