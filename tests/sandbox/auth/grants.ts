// What the token endpoint must remember: one-time authorization codes, rotating refresh tokens, client-assertion ids.
import { randomBytes } from 'node:crypto';

export const CODE_LIFETIME_MS = 10 * 60_000;
/** SPA refresh tokens live 24 hours from sign-in, whatever happens in between (Entra, S22). */
export const SPA_REFRESH_LIFETIME_MS = 24 * 3_600_000;

export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  userKey: string;
  nonce?: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshGrant {
  clientId: string;
  userKey: string;
  scopes: string[];
  expiresAt: number;
  redeemed: boolean;
}

const opaque = () => randomBytes(32).toString('base64url');

export class GrantStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly assertionIds = new Map<string, number>();

  issueCode(grant: Omit<AuthorizationCode, 'redeemed'>): string {
    const code = opaque();
    this.codes.set(code, { ...grant, redeemed: false });
    return code;
  }

  code(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  issueRefreshToken(grant: Omit<RefreshGrant, 'redeemed'>): string {
    const token = opaque();
    this.refreshTokens.set(token, { ...grant, redeemed: false });
    return token;
  }

  refreshGrant(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }

  /** False when this assertion id was already used by this client (a replay). */
  rememberAssertionId(clientId: string, jti: string, expiresAt: number, now: number): boolean {
    for (const [key, expiry] of this.assertionIds) if (expiry < now) this.assertionIds.delete(key);
    const key = `${clientId}:${jti}`;
    if (this.assertionIds.has(key)) return false;
    this.assertionIds.set(key, expiresAt);
    return true;
  }
}
