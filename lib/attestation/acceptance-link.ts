// The acceptance link Partner Center returns is shown to the partner and sent to the customer's signatory: it must lead to
// Microsoft. Which Microsoft host Partner Center uses for it is to be confirmed, so any https host under microsoft.com is
// accepted, nothing else (the sandbox build adds its loopback sandbox).
import type { Build } from '../config/build';
import { urlWithoutCredentials } from '../config/service-origins';
import { SANDBOX_HOST } from '../config/origins';
import type { Failure } from '../failure/failure';

const MICROSOFT_DOMAIN = 'microsoft.com';

export const UNTRUSTED_ACCEPTANCE_LINK: Failure = {
  messageKey: 'attestation.errors.untrustedLink',
  retryable: false,
  code: 'untrusted-link',
};

export function isTrustedAcceptanceLink(address: string, build: Build): boolean {
  const url = urlWithoutCredentials(address);
  if (!url) return false;
  if (
    url.protocol === 'https:' &&
    url.port === '' &&
    (url.hostname === MICROSOFT_DOMAIN || url.hostname.endsWith(`.${MICROSOFT_DOMAIN}`))
  )
    return true;
  return build === 'sandbox' && url.protocol === 'http:' && url.hostname === SANDBOX_HOST;
}
