// The Entra-like endpoints under /{tenant}/: authorize, token, signing keys and OpenID discovery.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml, sendJson } from '../http/respond';
import { handleAuthorize } from './authorize';
import { authErrors, entraErrorBody } from './errors';
import type { AuthServices } from './services';
import { signInErrorPage } from './sign-in-page';
import { handleToken } from './token';
import { INDIRECT_RESELLER_DOMAIN, INDIRECT_RESELLER_TENANT_ID, PARTNER_DOMAIN, PARTNER_TENANT_ID } from './users';

const AUTH_PATH =
  /^\/([^/]+)\/(oauth2\/v2\.0\/authorize|oauth2\/v2\.0\/token|discovery\/v2\.0\/keys|v2\.0\/\.well-known\/openid-configuration)$/;
const MULTI_TENANT = new Set(['common', 'organizations']);
const DIRECTORIES = new Set([PARTNER_TENANT_ID, PARTNER_DOMAIN, INDIRECT_RESELLER_TENANT_ID, INDIRECT_RESELLER_DOMAIN]);

function openIdConfiguration(origin: string, tenant: string, issuerTenant: string) {
  const base = `${origin}/${tenant}`;
  return {
    issuer: `${origin}/${issuerTenant}/v2.0`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
    id_token_signing_alg_values_supported: ['RS256'],
    subject_types_supported: ['pairwise'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
  };
}

/** Handles the request when it is one of the sign-in endpoints (returning the work under way), else returns undefined. */
export function handleAuthRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  services: AuthServices,
): Promise<void> | undefined {
  const match = AUTH_PATH.exec(url.pathname);
  if (!match) return undefined;
  const tenant = decodeURIComponent(match[1] ?? '').toLowerCase();
  const endpoint = match[2];
  const tenantSpecific = DIRECTORIES.has(tenant);
  if (!tenantSpecific && !MULTI_TENANT.has(tenant)) {
    const failure = authErrors.tenantNotFound(tenant);
    if (endpoint?.endsWith('authorize')) sendHtml(res, 400, signInErrorPage(failure.message));
    else sendJson(res, 400, entraErrorBody(failure, services.clock.now(), services.origin));
    return Promise.resolve();
  }
  switch (endpoint) {
    case 'oauth2/v2.0/authorize':
      if (req.method !== 'GET' && req.method !== 'POST') break;
      return handleAuthorize(req, res, url, services);
    case 'oauth2/v2.0/token':
      if (req.method !== 'POST') break;
      return handleToken(req, res, services, { tenant, tenantSpecific });
    case 'discovery/v2.0/keys':
      sendJson(res, 200, services.issuer.jwks());
      return Promise.resolve();
    default: {
      const issuerTenant = tenantSpecific && !tenant.includes('.') ? tenant : '{tenantid}';
      sendJson(res, 200, openIdConfiguration(services.origin, tenant, issuerTenant));
      return Promise.resolve();
    }
  }
  sendJson(
    res,
    405,
    { error: 'invalid_request', error_description: `${req.method ?? ''} is not allowed here` },
    { Allow: 'GET, POST' },
  );
  return Promise.resolve();
}
