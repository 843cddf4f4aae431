import type { AppMessageKey } from '../i18n';

export const RECORDS_ERROR_KINDS = [
  'unavailable',
  'blocked',
  'quota',
  'newer-version',
  'upgrade-failed',
  'write-failed',
  'read-failed',
] as const;
export type RecordsErrorKind = (typeof RECORDS_ERROR_KINDS)[number];

const MESSAGE_KEYS: Record<RecordsErrorKind, AppMessageKey> = {
  unavailable: 'records.errors.unavailable',
  blocked: 'records.errors.blocked',
  quota: 'records.errors.quota',
  'newer-version': 'records.errors.newerVersion',
  'upgrade-failed': 'records.errors.upgradeFailed',
  'write-failed': 'records.errors.writeFailed',
  'read-failed': 'records.errors.readFailed',
};

/** A failure of the local records, with the sentence to show; `unavailable` means the UI goes on without records. */
export class RecordsError extends Error {
  readonly kind: RecordsErrorKind;
  readonly messageKey: AppMessageKey;

  constructor(kind: RecordsErrorKind, options?: { cause?: unknown }) {
    super(`records: ${kind}`, options);
    this.name = 'RecordsError';
    this.kind = kind;
    this.messageKey = MESSAGE_KEYS[kind];
  }
}

const nameOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : undefined);

export function isQuotaError(error: unknown): boolean {
  return nameOf(error) === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22);
}

/** Why `indexedDB.open` failed; anything but a version or an aborted upgrade means the browser gives no IndexedDB here. */
export function openFailure(error: unknown): RecordsError {
  if (error instanceof RecordsError) return error;
  if (isQuotaError(error)) return new RecordsError('quota', { cause: error });
  const name = nameOf(error);
  if (name === 'VersionError') return new RecordsError('newer-version', { cause: error });
  if (name === 'AbortError') return new RecordsError('upgrade-failed', { cause: error });
  return new RecordsError('unavailable', { cause: error });
}

export function readFailure(error: unknown): RecordsError {
  return error instanceof RecordsError ? error : new RecordsError('read-failed', { cause: error });
}

export function writeFailure(error: unknown): RecordsError {
  if (error instanceof RecordsError) return error;
  return new RecordsError(isQuotaError(error) ? 'quota' : 'write-failed', { cause: error });
}
