// POST /{tenant}/oauth2/v2.0/token: authorization_code (PKCE), refresh_token (rotated, 24 h from sign-in for SPAs) and
// client_credentials with a certificate-signed client assertion.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm } from '../http/body';
import { sendJson } from '../http/respond';
import type { AppRegistration } from './apps';
import { CLIENT_ASSERTION_TYPE, verifyClientAssertion } from './client-assertion';
import { AuthError, authErrors, entraErrorBody } from './errors';
import { SPA_REFRESH_LIFETIME_MS } from './grants';
import { ACCESS_TOKEN_LIFETIME_SECONDS } from './jwt';
import { DEFAULT_SCOPE, grantedScope, parseScopes } from './scopes';
import type { AuthServices } from './services';
import { PARTNER_TENANT_ID, findUser } from './users';

/** The `{tenant}` of the token path, and whether it names a directory (rather than `common`/`organizations`). */
export interface TokenRequestContext {
  tenant: string;
  tenantSpecific: boolean;
}

interface TokenResponse {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  id_token?: string;
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw authErrors.missingParameter(name);
  return value;
}

function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

async function userTokens(
  services: AuthServices,
  app: AppRegistration,
  userKey: string,
  scopes: string[],
  refreshExpiresAt: number,
  nonce?: string,
): Promise<TokenResponse> {
  const user = findUser(userKey);
  if (!user) throw authErrors.malformedGrant();
  const now = services.clock.now();
  const response: TokenResponse = {
    token_type: 'Bearer',
    scope: grantedScope(scopes),
    expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    access_token: await services.issuer.userAccessToken(user, app.clientId, now),
  };
  if (scopes.includes('offline_access')) {
    response.refresh_token = services.grants.issueRefreshToken({
      clientId: app.clientId,
      userKey,
      scopes,
      expiresAt: refreshExpiresAt,
    });
    response.refresh_token_expires_in = Math.max(0, Math.floor((refreshExpiresAt - now.getTime()) / 1000));
  }
  if (scopes.includes('openid')) response.id_token = await services.issuer.idToken(user, app.clientId, now, nonce);
  return response;
}

function requireSpaCrossOrigin(req: IncomingMessage, app: AppRegistration, grantType: string): void {
  if (app.kind !== 'spa') throw authErrors.wrongClientKind(app.clientId, grantType);
  if (!req.headers.origin) throw authErrors.crossOriginRequired();
}

async function authorizationCodeGrant(
  req: IncomingMessage,
  form: URLSearchParams,
  app: AppRegistration,
  services: AuthServices,
): Promise<TokenResponse> {
  requireSpaCrossOrigin(req, app, 'authorization_code');
  const grant = services.grants.code(required(form, 'code'));
  const redirectUri = required(form, 'redirect_uri');
  const verifier = required(form, 'code_verifier');
  if (!grant) throw authErrors.malformedGrant();
  if (grant.redeemed) throw authErrors.codeRedeemed();
  if (services.clock.nowMs() >= grant.expiresAt) throw authErrors.codeExpired();
  if (grant.clientId !== app.clientId) throw authErrors.grantMismatch('the code was issued to another client');
  if (grant.redirectUri !== redirectUri)
    throw authErrors.grantMismatch('redirect_uri differs from the one of the authorization request');
  if (pkceChallenge(verifier) !== grant.codeChallenge) throw authErrors.verifierMismatch();
  grant.redeemed = true;
  return userTokens(services, app, grant.userKey, grant.scopes, services.clock.nowMs() + SPA_REFRESH_LIFETIME_MS, grant.nonce);
}

async function refreshTokenGrant(
  req: IncomingMessage,
  form: URLSearchParams,
  app: AppRegistration,
  services: AuthServices,
): Promise<TokenResponse> {
  requireSpaCrossOrigin(req, app, 'refresh_token');
  const grant = services.grants.refreshGrant(required(form, 'refresh_token'));
  if (!grant) throw authErrors.malformedGrant();
  if (grant.clientId !== app.clientId) throw authErrors.grantMismatch('the refresh token was issued to another client');
  if (services.clock.nowMs() >= grant.expiresAt) throw authErrors.spaRefreshExpired();
  if (grant.redeemed) throw authErrors.refreshRedeemed();
  grant.redeemed = true;
  return userTokens(services, app, grant.userKey, grant.scopes, grant.expiresAt);
}

async function clientCredentialsGrant(
  form: URLSearchParams,
  app: AppRegistration,
  services: AuthServices,
  context: TokenRequestContext,
): Promise<TokenResponse> {
  if (app.kind !== 'confidential') throw authErrors.wrongClientKind(app.clientId, 'client_credentials');
  if (!context.tenantSpecific) throw authErrors.tenantSpecificRequired();
  const scopes = parseScopes(form.get('scope'));
  if (scopes.length !== 1 || scopes[0] !== DEFAULT_SCOPE) throw authErrors.defaultScopeRequired();
  const assertion = form.get('client_assertion');
  if (!assertion || form.get('client_assertion_type') !== CLIENT_ASSERTION_TYPE) throw authErrors.credentialRequired();
  const tokenPath = (tenant: string) => `${services.origin}/${tenant}/oauth2/v2.0/token`;
  await verifyClientAssertion(assertion, app, [tokenPath(context.tenant), tokenPath(PARTNER_TENANT_ID)], services);
  return {
    token_type: 'Bearer',
    scope: DEFAULT_SCOPE,
    expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    ext_expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    access_token: await services.issuer.appAccessToken(app.clientId, PARTNER_TENANT_ID, services.clock.now()),
  };
}

export async function handleToken(
  req: IncomingMessage,
  res: ServerResponse,
  services: AuthServices,
  context: TokenRequestContext,
): Promise<void> {
  const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  try {
    const form = await readForm(req);
    const grantType = required(form, 'grant_type');
    const clientId = required(form, 'client_id');
    const app = services.apps.get(clientId);
    if (!app) throw authErrors.appNotFound(clientId);
    let response: TokenResponse;
    if (grantType === 'authorization_code') response = await authorizationCodeGrant(req, form, app, services);
    else if (grantType === 'refresh_token') response = await refreshTokenGrant(req, form, app, services);
    else if (grantType === 'client_credentials') response = await clientCredentialsGrant(form, app, services, context);
    else throw authErrors.unsupportedGrantType(grantType);
    sendJson(res, 200, response, noStore);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    sendJson(res, error.status, entraErrorBody(error, services.clock.now(), services.origin), noStore);
  }
}
