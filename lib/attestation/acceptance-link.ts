import type { Failure } from '../failure/failure';

export { isTrustedAcceptanceLink } from '../config/acceptance-link';

export const UNTRUSTED_ACCEPTANCE_LINK: Failure = {
  messageKey: 'attestation.errors.untrustedLink',
  retryable: false,
  code: 'untrusted-link',
};
