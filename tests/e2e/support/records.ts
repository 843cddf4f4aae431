// The extension's records database, written and read from one of its pages, as a test's set-up and its check.
import type { Tab } from './browser';

/** Records to put, by object store. */
export type Stores = Record<string, unknown[]>;

/** Writes the records straight into the extension's database, from one of its pages. */
export function putRecords(tab: Tab, stores: Stores): Promise<void> {
  return tab.run(
    (byStore) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(byStore), 'readwrite');
          for (const [store, values] of Object.entries(byStore)) for (const value of values) tx.objectStore(store).put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** The tenant ids of each store's records, sorted, as the extension's database holds them now. */
export function tenantsIn(tab: Tab, storeNames: string[]): Promise<Record<string, string[]>> {
  return tab.run(
    (names) =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('mca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const tenants: Record<string, string[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () =>
              (tenants[name] = (request.result as { tenantId: string }[]).map((record) => record.tenantId).sort());
          }
          tx.oncomplete = () => (open.result.close(), resolve(tenants));
          tx.onerror = () => reject(tx.error);
        };
      }),
    storeNames,
  );
}

/** Every record of the extension's database, store by store. */
export function readRecords(tab: Tab): Promise<Record<string, unknown[]>> {
  return tab.run(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('mca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) return resolve(out);
          const tx = db.transaction(names);
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(out));
          tx.onerror = () => reject(tx.error);
        };
      }),
    null,
  );
}

/** Every record of one store, as the extension's database holds it now. */
export function recordsOf<T>(tab: Tab, storeName: string): Promise<T[]> {
  return tab.run(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('mca-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as T[]));
          request.onerror = () => reject(request.error);
        };
      }),
    storeName,
  );
}
