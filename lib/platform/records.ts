import { openRecordsDb, type RecordsDb } from '../records/db';

let opening: Promise<RecordsDb> | null = null;

/** One connection per context, opened on first use; a failed open is retried next time rather than cached. */
export function recordsDb(): Promise<RecordsDb> {
  opening ??= openRecordsDb().then(
    (db) => {
      // Another tab upgrading the schema asks us to let go; the next call opens the new version.
      db.addEventListener('versionchange', () => {
        db.close();
        opening = null;
      });
      return db;
    },
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}
