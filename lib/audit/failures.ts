import type { AppMessageKey } from '../i18n';
import { CLIENT_ERROR_CODES } from '../partner-center/client-error';
import type { AuditFailure } from '../records/types';
import type { AuditCallError } from './types';

export type FailureDetail = Omit<AuditFailure, 'tenantId' | 'attempts'>;

/** What a failed call means for the audit. */
export type CallOutcome =
  /** No answer at all: wait for the network, then stop the run (resumable) if it does not come back. */
  | { kind: 'offline'; detail: FailureDetail }
  | { kind: 'throttled'; retryAfterMs: number; detail: FailureDetail }
  /** The sign-in is gone: every further call would fail the same way, so the run stops (resumable). */
  | { kind: 'signed-out'; detail: FailureDetail }
  | { kind: 'failed'; detail: FailureDetail };

const UNKNOWN_FAILURE: AppMessageKey = 'records.audit.failure.unknown';
const DEFAULT_RETRY_AFTER_MS = 30_000;

function isCallError(error: unknown): error is AuditCallError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<AuditCallError>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.retryable === 'boolean' &&
    typeof candidate.messageKey === 'string'
  );
}

export function classifyCallError(error: unknown): CallOutcome {
  if (!isCallError(error))
    return { kind: 'failed', detail: { status: 0, code: 'unknown', messageKey: UNKNOWN_FAILURE, retryable: false } };
  const detail: FailureDetail = {
    status: error.status,
    code: error.code,
    messageKey: error.messageKey,
    retryable: error.retryable,
  };
  if (error.status === 0 && error.code === CLIENT_ERROR_CODES.network) return { kind: 'offline', detail };
  if (error.status === 429)
    return { kind: 'throttled', retryAfterMs: (error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_MS / 1000) * 1000, detail };
  if (error.status === 401) return { kind: 'signed-out', detail };
  return { kind: 'failed', detail };
}

/**
 * A customer Partner Center listed in a form the extension cannot read: kept as that customer's failure with the field and
 * the reason. Asking again would get the same answer, so it is not retried in this run.
 */
export function malformedItemFailure(tenantId: string, field: string, reason: string): AuditFailure {
  const detail = `${field}: ${reason}`.slice(0, 512);
  return {
    tenantId,
    status: 200,
    code: CLIENT_ERROR_CODES.invalidResponse,
    messageKey: 'records.audit.failure.malformed',
    retryable: false,
    attempts: 1,
    detail,
  };
}

/** The bulk feed is not offered to this partner (or no longer exists): the audit asks customer by customer instead. */
export function feedNotOffered(detail: FailureDetail): boolean {
  return [403, 404, 410, 501].includes(detail.status);
}

/** Thrown through the workers to stop the run where it is; the checkpoint stays, so the next run resumes. */
export class AuditInterruption extends Error {
  constructor(
    readonly messageKey: string,
    readonly detail?: FailureDetail,
  ) {
    super(`audit interrupted: ${messageKey}`);
    this.name = 'AuditInterruption';
  }
}

/** A call that failed for one customer (or one page): kept, tried again later. */
export class CallFailure extends Error {
  constructor(readonly detail: FailureDetail) {
    super(`call failed: ${detail.status} ${detail.code}`);
    this.name = 'CallFailure';
  }
}
