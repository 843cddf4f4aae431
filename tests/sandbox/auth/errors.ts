// Errors shaped as Entra ID returns them: `{ error, error_description, error_codes, ... }`, the description starting
// with the AADSTS code. Entra answers 401 for a client it cannot authenticate and 400 for the rest.
import { randomUUID } from 'node:crypto';

export class AuthError extends Error {
  constructor(
    readonly error: string,
    readonly code: number,
    readonly description: string,
  ) {
    super(`AADSTS${code}: ${description}`);
  }

  get status(): number {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}

export interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
}

function entraTimestamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function entraErrorBody(failure: AuthError, now: Date, origin: string): EntraErrorBody {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = entraTimestamp(now);
  return {
    error: failure.error,
    error_description: `${failure.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${origin}/error?code=${failure.code}`,
  };
}

export const authErrors = {
  tenantNotFound: (tenant: string) => new AuthError('invalid_request', 90002, `Tenant '${tenant}' not found.`),
  missingParameter: (name: string) =>
    new AuthError('invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`),
  appNotFound: (clientId: string) =>
    new AuthError('unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`),
  redirectMismatch: (redirectUri: string, clientId: string) =>
    new AuthError(
      'invalid_request',
      50011,
      `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
    ),
  unsupportedResponseType: () => new AuthError('unsupported_response_type', 700054, "response_type must be 'code'."),
  pkceRequired: () =>
    new AuthError(
      'invalid_request',
      9002325,
      'Proof Key for Code Exchange is required for cross-origin authorization code redemption: send code_challenge with code_challenge_method=S256.',
    ),
  invalidScope: (scope: string) =>
    new AuthError(
      'invalid_scope',
      70011,
      `The provided value for the input parameter 'scope' is not valid. The scope '${scope}' is not valid.`,
    ),
  loginRequired: () => new AuthError('login_required', 50058, 'A silent sign-in request was sent but no user is signed in.'),
  userCancelled: () => new AuthError('access_denied', 65004, 'User declined to consent to access the app.'),
  crossOriginRequired: () =>
    new AuthError(
      'invalid_request',
      9002327,
      "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
    ),
  malformedGrant: () => new AuthError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'),
  codeExpired: () =>
    new AuthError('invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity.'),
  codeRedeemed: () =>
    new AuthError(
      'invalid_grant',
      54005,
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    ),
  grantMismatch: (what: string) => new AuthError('invalid_grant', 70000, `Provided grant is invalid or malformed: ${what}.`),
  verifierMismatch: () =>
    new AuthError(
      'invalid_grant',
      501481,
      'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
    ),
  spaRefreshExpired: () =>
    new AuthError(
      'invalid_grant',
      700084,
      'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.',
    ),
  refreshRedeemed: () =>
    new AuthError('invalid_grant', 70000, 'Provided grant is invalid or malformed: the refresh token was already redeemed.'),
  unsupportedGrantType: (grantType: string) =>
    new AuthError('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`),
  wrongClientKind: (clientId: string, grantType: string) =>
    new AuthError(
      'unauthorized_client',
      700025,
      `Application '${clientId}' is not allowed to use the grant type '${grantType}'.`,
    ),
  tenantSpecificRequired: () =>
    new AuthError(
      'invalid_request',
      50194,
      'Application is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications. Use a tenant-specific endpoint.',
    ),
  defaultScopeRequired: () =>
    new AuthError(
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.',
    ),
  credentialRequired: () =>
    new AuthError(
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
  assertionMalformed: (why: string) => new AuthError('invalid_client', 50027, `JWT token is invalid or malformed: ${why}.`),
  certificateNotRegistered: () =>
    new AuthError(
      'invalid_client',
      700027,
      'The certificate with identifier used to sign the client assertion is not registered on application.',
    ),
  certificateOutOfValidity: () =>
    new AuthError('invalid_client', 700027, 'The certificate used to sign the client assertion is expired or not yet valid.'),
  assertionSignature: () => new AuthError('invalid_client', 700027, 'Client assertion failed signature validation.'),
  assertionAppMismatch: () =>
    new AuthError('invalid_client', 700021, "Client assertion application identifier doesn't match 'client_id' parameter."),
  assertionAudience: () =>
    new AuthError('invalid_client', 700023, 'Client assertion audience claim does not match Realm issuer.'),
  assertionTime: () => new AuthError('invalid_client', 700024, 'Client assertion is not within its valid time range.'),
  assertionReplayed: () =>
    new AuthError('invalid_client', 700027, 'The client assertion has already been used: its jti was seen before.'),
};
