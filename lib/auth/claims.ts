// What the tokens say about who signed in. The client does not verify signatures: the tokens come straight from the
// token endpoint over TLS, and Partner Center verifies them on every call.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { PARTNER_CENTER_RESOURCE } from './endpoints';
import { AuthError } from './errors';

export const tokenClaimsSchema = z.object({
  aud: z.union([z.string(), z.array(z.string())]).optional(),
  tid: z.string().optional(),
  oid: z.string().optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
  unique_name: z.string().optional(),
  email: z.string().optional(),
  amr: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
  exp: z.number().optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export interface SignedInAccount {
  name: string;
  username: string;
  tenantId: string;
  objectId: string;
  role?: string;
}

export function readClaims(token: string): TokenClaims {
  try {
    return tokenClaimsSchema.parse(decodeJwt(token));
  } catch {
    throw new AuthError('invalid-response');
  }
}

/** Partner Center refuses App+User calls without MFA (docs/partner-center-api.md §4.1): `amr` must name `mfa`. */
export function hasMfa(claims: TokenClaims): boolean {
  return claims.amr?.includes('mfa') ?? false;
}

export function assertMfa(claims: TokenClaims): void {
  if (!hasMfa(claims)) throw new AuthError('mfa-required');
}

/**
 * Partner Center's audience: its resource URI, or its application id as Entra sometimes writes `aud` in v1-format tokens.
 */
const PARTNER_CENTER_AUDIENCES: readonly string[] = [PARTNER_CENTER_RESOURCE, 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd'];

/** A delegated token meant for another service is not used: Partner Center would refuse it, and it says the app is misconfigured. */
export function assertPartnerCenterAudience(claims: TokenClaims): void {
  const audiences = claims.aud === undefined ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.some((audience) => PARTNER_CENTER_AUDIENCES.includes(audience.replace(/\/+$/, ''))))
    throw new AuthError('wrong-audience');
}

/**
 * The token's tenant must be the partner tenant: the GUID set in the settings, or, when the setting is a domain, the tenant
 * Entra resolved it to at sign-in (`expected` undefined on the first sign-in, then the session's).
 */
export function assertPartnerTenant(claims: TokenClaims, expected: string | undefined): void {
  if (expected === undefined) return;
  if (claims.tid?.toLowerCase() !== expected.toLowerCase())
    throw new AuthError('wrong-tenant', { params: { tenant: claims.tid ?? '-', expected } });
}

/** The id token names the person best; the access token fills any gap. */
export function accountFromClaims(idClaims: TokenClaims | undefined, accessClaims: TokenClaims): SignedInAccount {
  const pick = <K extends keyof TokenClaims>(key: K) => idClaims?.[key] ?? accessClaims[key];
  const username = pick('preferred_username') ?? pick('upn') ?? pick('unique_name') ?? pick('email') ?? '';
  const tenantId = pick('tid');
  const objectId = pick('oid');
  if (!tenantId || !objectId) throw new AuthError('invalid-response');
  const role = pick('roles')?.[0];
  return { name: pick('name') ?? username, username, tenantId, objectId, ...(role ? { role } : {}) };
}
