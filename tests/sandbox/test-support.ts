// Helpers for the sandbox's own tests: start one, sign in through the real sign-in form, get an app-only token with a
// real certificate, call the API.
import 'reflect-metadata';
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { SignJWT } from 'jose';
import { APP_ONLY_CLIENT_ID, DELEGATED_CLIENT_ID } from './auth/apps';
import { PARTNER_TENANT_ID } from './auth/users';
import { startSandbox, type Sandbox } from './server';
import type { SandboxOptions } from './options';

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
export const REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
export const SCOPES = 'https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access';

/** A sandbox for tests: its own port, no pages, a short timeout for the customers whose calls hang. */
export function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, portal: false, timeoutMs: 50, now: new Date('2025-06-02T09:00:00Z'), ...options });
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeParams(challenge: string, overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    client_id: DELEGATED_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: SCOPES,
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  });
}

/** Submits the sign-in form as `userKey`; returns the redirect's URL. */
export async function submitSignIn(
  sandbox: Sandbox,
  params: URLSearchParams,
  userKey: string,
  tenant = 'common',
): Promise<{ status: number; location: URL | undefined; cookie: string | undefined }> {
  const form = new URLSearchParams(params);
  form.set('user', userKey);
  form.set('action', 'sign-in');
  const response = await fetch(`${sandbox.url}/${tenant}/oauth2/v2.0/authorize?${params}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  return {
    status: response.status,
    location: location ? new URL(location) : undefined,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}

export async function tokenRequest(
  sandbox: Sandbox,
  form: Record<string, string>,
  options: { origin?: string | null; tenant?: string } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const origin = options.origin === undefined ? EXTENSION_ORIGIN : options.origin;
  if (origin) headers.Origin = origin;
  const response = await fetch(`${sandbox.url}/${options.tenant ?? 'common'}/oauth2/v2.0/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

export interface UserTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
}

/** The whole authorization-code + PKCE flow, as the extension runs it. */
export async function signIn(sandbox: Sandbox, userKey = 'admin-agent'): Promise<UserTokens> {
  const { verifier, challenge } = pkcePair();
  const { location } = await submitSignIn(sandbox, authorizeParams(challenge), userKey);
  const code = location?.searchParams.get('code');
  if (!code) throw new Error(`sign-in gave no code: ${location?.toString() ?? 'no redirect'}`);
  const { status, body } = await tokenRequest(sandbox, {
    grant_type: 'authorization_code',
    client_id: DELEGATED_CLIENT_ID,
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  if (status !== 200) throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return { accessToken: String(body.access_token), refreshToken: String(body.refresh_token), idToken: String(body.id_token) };
}

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;
x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export interface AppCredential {
  pem: string;
  thumbprint: string;
  privateKey: CryptoKey;
}

/** A non-extractable RSA key and its self-signed certificate, as the extension's options page makes them. */
export async function createAppCredential(): Promise<AppCredential> {
  const keys = await webcrypto.subtle.generateKey(RSA, false, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(8).toString('hex'),
    name: 'CN=MCA Assistant application credential',
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2030-01-01T00:00:00Z'),
    signingAlgorithm: RSA,
    keys,
  });
  const thumbprint = Buffer.from(await certificate.getThumbprint('SHA-256')).toString('base64url');
  return { pem: certificate.toString('pem'), thumbprint, privateKey: keys.privateKey };
}

export async function registerCertificate(sandbox: Sandbox, pem: string, clientId = APP_ONLY_CLIENT_ID): Promise<Response> {
  return fetch(`${sandbox.url}/_sandbox/apps/${clientId}/certificates`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-pem-file' },
    body: pem,
  });
}

export function tokenEndpoint(sandbox: Sandbox, tenant = PARTNER_TENANT_ID): string {
  return `${sandbox.url}/${tenant}/oauth2/v2.0/token`;
}

export async function clientAssertion(
  sandbox: Sandbox,
  credential: AppCredential,
  overrides: { jti?: string; audience?: string; issuer?: string; expiresIn?: number } = {},
): Promise<string> {
  const now = Math.floor(sandbox.clock.nowMs() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', 'x5t#S256': credential.thumbprint })
    .setIssuer(overrides.issuer ?? APP_ONLY_CLIENT_ID)
    .setSubject(overrides.issuer ?? APP_ONLY_CLIENT_ID)
    .setAudience(overrides.audience ?? tokenEndpoint(sandbox))
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + (overrides.expiresIn ?? 600))
    .setJti(overrides.jti ?? randomBytes(12).toString('hex'))
    .sign(credential.privateKey);
}

export function clientCredentialsForm(assertion: string): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: APP_ONLY_CLIENT_ID,
    scope: 'https://api.partnercenter.microsoft.com/.default',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  };
}

/** An app-only token for a credential already registered on the app. */
export async function appOnlyToken(sandbox: Sandbox, credential: AppCredential): Promise<string> {
  const { status, body } = await tokenRequest(sandbox, clientCredentialsForm(await clientAssertion(sandbox, credential)), {
    tenant: PARTNER_TENANT_ID,
    origin: null,
  });
  if (status !== 200) throw new Error(`client credentials failed: ${JSON.stringify(body)}`);
  return String(body.access_token);
}

/**
 * A sandbox with the app-only certificate registered, an app-only token, and the access token of each user named, in the
 * order named.
 */
export async function startWithTokens<const U extends readonly string[]>(
  options: Partial<SandboxOptions>,
  users: U,
): Promise<{ sandbox: Sandbox; app: string; users: { -readonly [K in keyof U]: string } }> {
  const [sandbox, credential] = await Promise.all([startTestSandbox(options), createAppCredential()]);
  await registerCertificate(sandbox, credential.pem);
  const [app, ...tokens] = await Promise.all([
    appOnlyToken(sandbox, credential),
    ...users.map((user) => signIn(sandbox, user).then((signed) => signed.accessToken)),
  ]);
  return { sandbox, app, users: tokens as { -readonly [K in keyof U]: string } };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function callApi(
  sandbox: Sandbox,
  token: string | undefined,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, headers: response.headers, body };
}

/** The `code` of an error body, as a string. */
export function errorCode(answer: ApiAnswer): string {
  return String((answer.body as { code?: unknown }).code);
}
