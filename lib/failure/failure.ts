import * as z from 'zod/mini';
import { AuthError } from '../auth/errors';
import { messageKeySchema, messageParamsSchema } from '../i18n/message-key';
import { PartnerCenterError } from '../partner-center/client-error';

/** A failure to show: its message in the catalogue, whether trying again may help. */
export const failureSchema = z.object({
  messageKey: messageKeySchema,
  params: z.optional(messageParamsSchema),
  retryable: z.boolean(),
  code: z.optional(z.string()),
});

export type Failure = z.infer<typeof failureSchema>;

/** What to tell the user of a failed sign-in or API call, in words of the catalogue. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof PartnerCenterError) {
    return { messageKey: error.messageKey, params: error.messageParams, retryable: error.retryable, code: error.code };
  }
  if (error instanceof AuthError) {
    return { messageKey: error.messageKey, params: error.params, retryable: error.reason === 'network', code: error.reason };
  }
  return {
    messageKey: 'errors.service.unknown',
    params: { status: '-', code: error instanceof Error ? error.name : 'unknown' },
    retryable: true,
  };
}
