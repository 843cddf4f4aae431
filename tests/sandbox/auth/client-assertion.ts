// Verifies a client assertion (RFC 7523) the way Entra does for certificate credentials: the `x5t#S256` header picks
// a certificate registered on the app, the JWT must be signed by it, aimed at the token endpoint, issued by and about
// the client, unexpired, and its `jti` never seen before.
import { decodeProtectedHeader, errors as joseErrors, importX509, jwtVerify, type JWTPayload } from 'jose';
import type { AppRegistration } from './apps';
import { AuthError, authErrors } from './errors';
import type { AuthServices } from './services';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

async function verifySignature(assertion: string, pem: string, now: Date): Promise<JWTPayload> {
  try {
    const key = await importX509(pem, 'RS256');
    const { payload } = await jwtVerify(assertion, key, {
      algorithms: ['RS256'],
      currentDate: now,
      requiredClaims: ['exp', 'jti'],
    });
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw authErrors.assertionTime();
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'nbf') throw authErrors.assertionTime();
    if (error instanceof joseErrors.JWTClaimValidationFailed)
      throw authErrors.assertionMalformed(`claim ${error.claim} is missing or invalid`);
    if (error instanceof AuthError) throw error;
    throw authErrors.assertionSignature();
  }
}

export async function verifyClientAssertion(
  assertion: string,
  app: AppRegistration,
  acceptedAudiences: readonly string[],
  services: AuthServices,
): Promise<void> {
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    throw authErrors.assertionMalformed('the assertion is not a signed JWT');
  }
  if (header.alg !== 'RS256') throw authErrors.assertionMalformed('the assertion must be signed with RS256');
  const certificate = services.apps.findCertificate(app, { x5tS256: header['x5t#S256'], x5t: header.x5t });
  if (!certificate) throw authErrors.certificateNotRegistered();
  const now = services.clock.now();
  if (now < certificate.notBefore || now > certificate.notAfter) throw authErrors.certificateOutOfValidity();

  const payload = await verifySignature(assertion, certificate.pem, now);
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.some((audience) => audience !== undefined && acceptedAudiences.includes(audience)))
    throw authErrors.assertionAudience();
  if (payload.iss?.toLowerCase() !== app.clientId || payload.sub?.toLowerCase() !== app.clientId)
    throw authErrors.assertionAppMismatch();
  const expiresAt = (payload.exp ?? 0) * 1000;
  if (!services.grants.rememberAssertionId(app.clientId, String(payload.jti), expiresAt, now.getTime()))
    throw authErrors.assertionReplayed();
}
