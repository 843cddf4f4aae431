// What the tokens say about who signed in. The client does not verify signatures: the tokens come straight from the
// token endpoint over TLS, and Partner Center verifies them on every call.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { AuthError } from './errors';

export const tokenClaimsSchema = z.object({
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

/** Partner Center refuses App+User calls without MFA (§4.1): `amr` must name `mfa`. */
export function hasMfa(claims: TokenClaims): boolean {
  return claims.amr?.includes('mfa') ?? false;
}

export function assertMfa(claims: TokenClaims): void {
  if (!hasMfa(claims)) throw new AuthError('mfa-required');
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
