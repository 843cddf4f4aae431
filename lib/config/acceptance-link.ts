// The acceptance link Partner Center returns is shown to the partner and sent to the customer's signatory: it must lead to
// Microsoft. Which Microsoft host Partner Center uses for it is to be confirmed, so any https host under microsoft.com is
// accepted, nothing else (the sandbox build adds its loopback sandbox). Here, below both the attestation flow and the emails,
// so that the panel and the email apply the same check.
import type { Build } from './build';
import { SANDBOX_HOST } from './origins';
import { urlWithoutCredentials } from './service-origins';

const MICROSOFT_DOMAIN = 'microsoft.com';

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
