// The records database for unit tests: one per test, every connection closed and the database deleted after it.
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { DB_NAME, openRecordsDb, type RecordsDb } from '@/lib/records/db';

const open: { close(): void }[] = [];

/** Closed after the test, so that deleting the database is not blocked. */
export function closeAfterTest<T extends { close(): void }>(connection: T): T {
  open.push(connection);
  return connection;
}

export async function freshDb(): Promise<RecordsDb> {
  return closeAfterTest(await openRecordsDb());
}

afterEach(async () => {
  for (const connection of open.splice(0)) connection.close();
  await deleteDB(DB_NAME);
});
