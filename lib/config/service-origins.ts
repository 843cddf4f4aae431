// Where the extension may send a token, a sign-in request or an authorization code: one table per build, one function that
// decides. Everything that talks to the API or to the sign-in service asks `mayReceiveToken` before sending.
import type { Build } from './build';
import { ENTRA_AUTHORITY_BASE, PARTNER_CENTER_API_BASE, SANDBOX_HOST } from './origins';

export type ServiceRole = 'api' | 'sign-in';

/**
 * Microsoft's clouds the extension supports, each an API origin and its sign-in origin. Only the global cloud for now; a
 * sovereign cloud goes in as one more row once its Partner Center origins are confirmed by Microsoft's documents.
 */
export const MICROSOFT_CLOUDS: readonly { api: string; signIn: string }[] = [
  { api: PARTNER_CENTER_API_BASE, signIn: ENTRA_AUTHORITY_BASE },
];

/** The origins of one role in the store build: exactly Microsoft's. */
export function microsoftOrigins(role: ServiceRole): string[] {
  return MICROSOFT_CLOUDS.map((cloud) => (role === 'api' ? cloud.api : cloud.signIn));
}

/** The sandbox build also talks to the local sandbox (tests/sandbox), on any port of the loopback address and nowhere else. */
function isLoopbackSandbox(url: URL): boolean {
  return url.protocol === 'http:' && url.hostname === SANDBOX_HOST;
}

/** The address as a URL, or null when it is not one or carries credentials (`https://host@elsewhere` tricks). */
export function urlWithoutCredentials(address: string): URL | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.username || url.password ? null : url;
}

/**
 * Whether `address` may receive a token (role `api`) or a sign-in request with its code and verifier (role `sign-in`) in
 * this build. The origin is compared exactly (scheme, host after IDN conversion, port); credentials in the address refuse it.
 */
export function mayReceiveToken(address: string, role: ServiceRole, build: Build): boolean {
  const url = urlWithoutCredentials(address);
  if (!url) return false;
  if (microsoftOrigins(role).includes(url.origin)) return true;
  return build === 'sandbox' && isLoopbackSandbox(url);
}

/** The origin of `address` when it may receive a token, else null: what settings store for the API base and the authority. */
export function allowedServiceOrigin(address: string, role: ServiceRole, build: Build): string | null {
  if (!mayReceiveToken(address.trim(), role, build)) return null;
  const url = new URL(address.trim());
  // A path, query or fragment would be appended to or lost: the setting is the origin alone.
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return url.origin;
}

/**
 * What the settings page offers for an address: Microsoft's origins, and in the sandbox build the loopback sandbox the
 * settings hold. Never free text: an address outside this build's table cannot be chosen.
 */
export function serviceOriginChoices(role: ServiceRole, build: Build, current: string): string[] {
  const sandbox = build === 'sandbox' && current !== '' && allowedServiceOrigin(current, role, build) !== null ? [current] : [];
  return [...new Set([...microsoftOrigins(role), ...sandbox])];
}
