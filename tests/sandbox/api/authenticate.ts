// Who is calling: the bearer token must be one the sandbox signed, unexpired on the sandbox clock. From 2026-04-01
// App+User calls must carry MFA (docs/partner-center-api.md §0, §4.1): 401 900421 otherwise; before that they pass.
import type { IncomingMessage } from 'node:http';
import { InvalidTokenError, type Principal, type TokenIssuer } from '../auth/jwt';
import { apiErrors } from './errors';

export const MFA_ENFORCED_FROM = '2026-04-01T00:00:00Z';

export async function authenticate(req: IncomingMessage, issuer: TokenIssuer, now: Date): Promise<Principal> {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw apiErrors.tokenMissing();
  let principal: Principal;
  try {
    principal = await issuer.verifyAccessToken(match[1], now);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw apiErrors.accessDenied(error.message);
    throw error;
  }
  if (principal.kind === 'app+user' && !principal.mfa && now.getTime() >= Date.parse(MFA_ENFORCED_FROM))
    throw apiErrors.mfaRequired();
  return principal;
}
