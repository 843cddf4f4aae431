import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AppCredential, AppCredentialKeyStore } from '../auth/app-credential';
import { afterActivation } from '../auth/app-credential-activation';

/** Its own database, so that the keys never depend on the records' schema migrations. */
export const KEY_DB_NAME = 'mca-assistant-keys';
const KEY_DB_VERSION = 1;

interface KeySchema extends DBSchema {
  /** The `CryptoKey`s are stored as they are: structured clone keeps them usable and still not extractable. */
  credentials: { key: string; value: AppCredential };
}

/**
 * The application credential's keys in IndexedDB of the extension's origin. It is used rarely (a token a few times an
 * hour, the settings page), so each use opens the database and closes it: no connection is held to block an upgrade.
 */
export function createIndexedDbKeyStore(name: string = KEY_DB_NAME): AppCredentialKeyStore {
  async function use<T>(work: (db: IDBPDatabase<KeySchema>) => Promise<T>): Promise<T> {
    const db = await openDB<KeySchema>(name, KEY_DB_VERSION, {
      upgrade: (database) => void database.createObjectStore('credentials', { keyPath: 'id' }),
    });
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }
  return {
    list: () => use((db) => db.getAll('credentials')),
    put: (credential) => use(async (db) => void (await db.put('credentials', credential))),
    // One transaction: a failure half-way (a full disk, a closed worker) leaves the previous active key as it was.
    makeActive: (credential) =>
      use(async (db) => {
        const transaction = db.transaction('credentials', 'readwrite');
        try {
          const existing = await transaction.store.getAll();
          for (const written of afterActivation(existing, credential)) await transaction.store.put(written);
        } catch (error) {
          // A write refused on its own (a value that cannot be kept) does not undo the others unless the transaction is aborted.
          transaction.done.catch(() => undefined);
          transaction.abort();
          throw error;
        }
        await transaction.done;
      }),
    delete: (id) => use((db) => db.delete('credentials', id)),
  };
}
