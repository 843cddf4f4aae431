// Access and ID tokens: RS256 JWTs signed with a key made at start, published at /{tenant}/discovery/v2.0/keys, and
// verified by the API with that same key against the sandbox clock.
import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import type { PartnerRole, SandboxUser } from './users';

export const PARTNER_CENTER_AUDIENCE = 'https://api.partnercenter.microsoft.com';
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
const PARTNER_ROLES = ['AdminAgent', 'SalesAgent', 'IndirectReseller'] as const satisfies readonly PartnerRole[];

/** Who is calling the API, read from a verified access token. */
export type Principal =
  | { kind: 'app+user'; tenantId: string; oid: string; clientId: string; role: PartnerRole; mfa: boolean; name: string }
  | { kind: 'app-only'; tenantId: string; oid: string; clientId: string; role: PartnerRole };

const accessTokenClaimsSchema = z.object({
  tid: z.string(),
  oid: z.string(),
  azp: z.string(),
  idtyp: z.enum(['user', 'app']),
  name: z.string().optional(),
  amr: z.array(z.string()).optional(),
  scp: z.string().optional(),
  roles: z.array(z.string()).optional(),
  partner_role: z.enum(PARTNER_ROLES).optional(),
});

/** App-only tokens act with the partner's admin-agent rights, as apps registered in Partner Center's App management do. */
const APP_ONLY_ROLE: PartnerRole = 'AdminAgent';

/** A stable object id for an app's service principal. */
export function servicePrincipalId(clientId: string): string {
  const hex = createHash('sha256').update(`service-principal:${clientId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export class InvalidTokenError extends Error {}

export class TokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly origin: string,
  ) {}

  static async create(origin: string): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const kid = createHash('sha256').update(JSON.stringify(jwk)).digest('base64url').slice(0, 16);
    return new TokenIssuer(privateKey, publicKey, { ...jwk, kid, use: 'sig', alg: 'RS256' }, origin);
  }

  issuer(tenantId: string): string {
    return `${this.origin}/${tenantId}/v2.0`;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  private sign(claims: Record<string, unknown>, audience: string, subject: string, tenantId: string, now: Date): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.publicJwk.kid })
      .setIssuer(this.issuer(tenantId))
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS)
      .setJti(randomUUID())
      .sign(this.privateKey);
  }

  userAccessToken(user: SandboxUser, clientId: string, now: Date): Promise<string> {
    return this.sign(
      {
        tid: user.tenantId,
        oid: user.oid,
        azp: clientId,
        appid: clientId,
        idtyp: 'user',
        ver: '2.0',
        name: user.name,
        preferred_username: user.username,
        amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
        scp: 'user_impersonation',
        partner_role: user.role,
      },
      PARTNER_CENTER_AUDIENCE,
      user.oid,
      user.tenantId,
      now,
    );
  }

  appAccessToken(clientId: string, tenantId: string, now: Date): Promise<string> {
    const oid = servicePrincipalId(clientId);
    return this.sign(
      { tid: tenantId, oid, azp: clientId, appid: clientId, idtyp: 'app', ver: '2.0', roles: [APP_ONLY_ROLE] },
      PARTNER_CENTER_AUDIENCE,
      oid,
      tenantId,
      now,
    );
  }

  idToken(user: SandboxUser, clientId: string, now: Date, nonce: string | undefined): Promise<string> {
    return this.sign(
      {
        tid: user.tenantId,
        oid: user.oid,
        name: user.name,
        preferred_username: user.username,
        ver: '2.0',
        ...(nonce ? { nonce } : {}),
      },
      clientId,
      user.oid,
      user.tenantId,
      now,
    );
  }

  async verifyAccessToken(token: string, now: Date): Promise<Principal> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        algorithms: ['RS256'],
        audience: PARTNER_CENTER_AUDIENCE,
        currentDate: now,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new InvalidTokenError(code === 'ERR_JWT_EXPIRED' ? 'the access token has expired' : 'the access token is not valid');
    }
    const claims = accessTokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw new InvalidTokenError('the access token lacks the claims Partner Center needs');
    const { tid, oid, azp, idtyp, roles, partner_role, amr, name } = claims.data;
    if (idtyp === 'app') {
      const role = PARTNER_ROLES.find((candidate) => roles?.includes(candidate));
      if (!role) throw new InvalidTokenError('the app-only token carries no Partner Center role');
      return { kind: 'app-only', tenantId: tid, oid, clientId: azp, role };
    }
    if (!partner_role) throw new InvalidTokenError('the user is not a Partner Center user');
    return {
      kind: 'app+user',
      tenantId: tid,
      oid,
      clientId: azp,
      role: partner_role,
      mfa: amr?.includes('mfa') ?? false,
      name: name ?? oid,
    };
  }
}
