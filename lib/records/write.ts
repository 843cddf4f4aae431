import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { RecordsDb, RecordsSchema, RecordsStoreName } from './db';
import { isQuotaError, writeFailure } from './errors';

export type WriteTransaction<Names extends RecordsStoreName[]> = IDBPTransaction<RecordsSchema, Names, 'readwrite'>;

function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // Already committed or aborted.
  }
}

function transactionError(transaction: { error: DOMException | null }): DOMException | null {
  try {
    return transaction.error;
  } catch {
    return null;
  }
}

/**
 * Runs `work` in one read-write transaction: everything it writes is kept, or nothing is (a failure aborts the transaction,
 * whether it came from `work` or from the browser, e.g. QuotaExceededError at commit). Failures become a `RecordsError`.
 * `work` may await only requests of this transaction, or the transaction commits early; it awaits each write before the
 * next, so that a write refused on the spot leaves no other request of it unawaited when the transaction aborts.
 */
export async function writeRecords<const Names extends RecordsStoreName[], T>(
  db: RecordsDb,
  storeNames: Names,
  work: (transaction: WriteTransaction<Names>) => Promise<T>,
): Promise<T> {
  let transaction: WriteTransaction<Names>;
  try {
    transaction = db.transaction(storeNames, 'readwrite');
  } catch (error) {
    throw writeFailure(error);
  }
  // Settled here so that an abort while `work` runs is never an unhandled rejection.
  const committed = transaction.done.then(
    () => undefined,
    (error: unknown) => error ?? new DOMException('aborted', 'AbortError'),
  );
  let result: T;
  try {
    result = await work(transaction);
  } catch (error) {
    abortQuietly(transaction);
    await committed;
    throw writeFailure(isQuotaError(error) ? error : (transactionError(transaction) ?? error));
  }
  const commitError = await committed;
  if (commitError !== undefined) throw writeFailure(commitError);
  return result;
}

/** One store of a read-write transaction, for helpers that take part in the caller's transaction. */
export type WriteStore<Name extends RecordsStoreName> = IDBPObjectStore<
  RecordsSchema,
  ArrayLike<RecordsStoreName>,
  Name,
  'readwrite'
>;
