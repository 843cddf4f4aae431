// The scopes the sandbox's sign-in understands: Partner Center's delegated permission and the OpenID Connect ones.
import { PARTNER_CENTER_AUDIENCE } from './jwt';

export const USER_IMPERSONATION_SCOPE = `${PARTNER_CENTER_AUDIENCE}/user_impersonation`;
export const DEFAULT_SCOPE = `${PARTNER_CENTER_AUDIENCE}/.default`;
const OPENID_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export function parseScopes(scope: string | null): string[] {
  return (scope ?? '').split(' ').filter((item) => item !== '');
}

/** The first scope the sandbox cannot grant, or undefined when all are fine and one of them is Partner Center's. */
export function unsupportedScope(scopes: readonly string[]): string | undefined {
  const unknown = scopes.find(
    (scope) => !OPENID_SCOPES.has(scope) && scope !== USER_IMPERSONATION_SCOPE && scope !== DEFAULT_SCOPE,
  );
  if (unknown !== undefined) return unknown;
  if (!scopes.some((scope) => scope === USER_IMPERSONATION_SCOPE || scope === DEFAULT_SCOPE)) return scopes.join(' ') || '(none)';
  return undefined;
}

/** What the token response reports as granted: the resource scope, plus the OpenID ones that were asked for. */
export function grantedScope(scopes: readonly string[]): string {
  return [USER_IMPERSONATION_SCOPE, ...scopes.filter((scope) => OPENID_SCOPES.has(scope))].join(' ');
}
