import { AuthError } from '../auth/errors';
import type { MessageParams } from '../i18n/translator';
import { PartnerCenterError } from '../partner-center/client-error';

export interface Failure {
  messageKey: string;
  params?: MessageParams;
  retryable: boolean;
  code?: string;
}

/** What to tell the user of a failed sign-in or API call, in words of the catalogue. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof PartnerCenterError) {
    return { messageKey: error.messageKey, params: error.messageParams, retryable: error.retryable, code: error.code };
  }
  if (error instanceof AuthError) {
    return { messageKey: error.messageKey, params: error.params, retryable: error.reason === 'network', code: error.reason };
  }
  return { messageKey: 'errors.service.unknown', params: { status: '-', code: error instanceof Error ? error.name : 'unknown' }, retryable: true };
}
