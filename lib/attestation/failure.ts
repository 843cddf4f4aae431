import { AuthError } from '../auth/errors';
import { PartnerCenterError } from '../partner-center/client-error';
import { describeFailure, type Failure } from '../failure/failure';

/** Partner Center's Retry-After is missing from some answers; its throttling window is a minute (docs/partner-center-api.md §1.4). */
const DEFAULT_WAIT_SECONDS = 60;

/**
 * A failed attestation call in words the partner can act on. Unlike background reads, the flow does not wait out long
 * throttling itself, so the wait is said; a refused certificate points at its upload rather than at the sign-in settings.
 */
export function describeAttestationFailure(error: unknown): Failure {
  if (error instanceof PartnerCenterError && error.status === 429) {
    return {
      messageKey: 'attestation.errors.throttled',
      params: { seconds: error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS },
      retryable: true,
      code: error.code,
    };
  }
  const cause = error instanceof PartnerCenterError ? error.cause : error;
  if (cause instanceof AuthError && cause.reason === 'sign-in-refused') {
    return {
      messageKey: 'attestation.errors.certificateRefused',
      params: { code: cause.entraError ?? '-' },
      retryable: false,
      code: 'sign-in-refused',
    };
  }
  return describeFailure(error);
}
