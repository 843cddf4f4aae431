// The application (app-only) credential for the enhanced attestation API, which Microsoft documents as app-only
// (docs/partner-center-api.md §2.4, §4.1): a WebCrypto key pair whose private key cannot be exported, a self-signed
// certificate the administrator uploads to the app registration, and client assertions signed with the stored key.
// Whether Partner Center accepts this in production is unproven; every piece of it lives here.
// @peculiar/x509 is large: import this module lazily, only where a certificate is made or an assertion signed.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { SignJWT, base64url } from 'jose';
import type { Settings } from '../settings/schema';
import { afterActivation } from './app-credential-activation';
import { APP_ONLY_SCOPE, entraEndpoints } from './endpoints';
import { AuthError } from './errors';
import { postTokenRequest, type FetchLike } from './token-endpoint';

/** For the UI: the plain statement of why this path exists and that it is unproven. */
export const APP_ONLY_STATEMENT_KEY = 'auth.appOnly.statement';

export const APP_CREDENTIAL_KEY_ALGORITHM: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
};

const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ASSERTION_LIFETIME_SECONDS = 600;
const DAY_MS = 86_400_000;

export interface AppCredential {
  /** The certificate's `x5t#S256` thumbprint: base64url of the SHA-256 of its DER encoding. */
  id: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  certificatePem: string;
  createdAt: string;
  expiresAt: string;
  /** The one assertions are signed with; a `previous` one is kept until deleted, while the new certificate is uploaded. */
  state: 'active' | 'previous';
}

/** Where the `CryptoKey`s are kept as they are (IndexedDB in the extension, memory in tests). */
export interface AppCredentialKeyStore {
  list(): Promise<AppCredential[]>;
  put(credential: AppCredential): Promise<void>;
  /**
   * Keeps `credential` as the active one and makes any other active one `previous`, all or nothing: there is never a moment
   * with no active key, nor one with two.
   */
  makeActive(credential: AppCredential): Promise<void>;
  delete(id: string): Promise<void>;
}

export function createMemoryKeyStore(): AppCredentialKeyStore {
  const credentials = new Map<string, AppCredential>();
  return {
    list: async () => [...credentials.values()],
    put: async (credential) => void credentials.set(credential.id, credential),
    makeActive: async (credential) => {
      for (const written of afterActivation([...credentials.values()], credential)) credentials.set(written.id, written);
    },
    delete: async (id) => void credentials.delete(id),
  };
}

export interface IssueOptions {
  now?: () => number;
  subject?: string;
  validityDays?: number;
}

async function certificateThumbprint(certificate: x509.X509Certificate): Promise<string> {
  return base64url.encode(new Uint8Array(await certificate.getThumbprint('SHA-256', crypto)));
}

async function issue(store: AppCredentialKeyStore, options: IssueOptions): Promise<AppCredential> {
  const now = options.now ?? Date.now;
  const keys = await crypto.subtle.generateKey(APP_CREDENTIAL_KEY_ALGORITHM, false, ['sign', 'verify']);
  const notBefore = new Date(now() - 5 * 60_000);
  const notAfter = new Date(now() + (options.validityDays ?? 365) * DAY_MS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: options.subject ?? 'CN=MCA Assistant attestation credential',
      notBefore,
      notAfter,
      keys,
      signingAlgorithm: APP_CREDENTIAL_KEY_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      ],
    },
    crypto,
  );
  const credential: AppCredential = {
    id: await certificateThumbprint(certificate),
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    certificatePem: certificate.toString('pem'),
    createdAt: new Date(now()).toISOString(),
    expiresAt: notAfter.toISOString(),
    state: 'active',
  };
  await store.makeActive(credential);
  return credential;
}

export async function getActiveAppCredential(store: AppCredentialKeyStore): Promise<AppCredential | null> {
  return (await store.list()).find((credential) => credential.state === 'active') ?? null;
}

/** The first credential. Refuses when one is active: replacing it is `rotateAppCredential`. */
export async function createAppCredential(store: AppCredentialKeyStore, options: IssueOptions = {}): Promise<AppCredential> {
  if (await getActiveAppCredential(store)) throw new Error('an application credential already exists: rotate it instead');
  return issue(store, options);
}

/** A new active credential; the one it replaces stays, as `previous`, until `deleteAppCredential`. */
export function rotateAppCredential(store: AppCredentialKeyStore, options: IssueOptions = {}): Promise<AppCredential> {
  return issue(store, options);
}

export function deleteAppCredential(store: AppCredentialKeyStore, id: string): Promise<void> {
  return store.delete(id);
}

export interface AssertionInput {
  credential: AppCredential;
  clientId: string;
  /** The token endpoint the assertion is for (its audience). */
  tokenEndpoint: string;
  now?: () => number;
}

/** A client assertion (RFC 7523) as Entra expects it: iss = sub = client id, aud = token endpoint, short-lived, unique. */
export function signClientAssertion({ credential, clientId, tokenEndpoint, now = Date.now }: AssertionInput): Promise<string> {
  const issuedAt = Math.floor(now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', 'x5t#S256': credential.id })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenEndpoint)
    .setJti(crypto.randomUUID())
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION_LIFETIME_SECONDS)
    .sign(credential.privateKey);
}

export type AppOnlySettings = Pick<Settings, 'signInAuthority' | 'partnerTenant' | 'appOnlyClientId'>;

export interface AppOnlyToken {
  accessToken: string;
  expiresAt: number;
}

export interface AppOnlyTokenRequest {
  fetch: FetchLike;
  store: AppCredentialKeyStore;
  settings: AppOnlySettings;
  now?: () => number;
}

/** Client-credentials grant with a signed assertion, for Partner Center's `.default` scope. */
export async function requestAppOnlyToken({
  fetch,
  store,
  settings,
  now = Date.now,
}: AppOnlyTokenRequest): Promise<AppOnlyToken> {
  if (!settings.partnerTenant || !settings.appOnlyClientId) throw new AuthError('not-configured');
  const credential = await getActiveAppCredential(store);
  if (!credential) throw new AuthError('app-credential-missing');
  const tokenEndpoint = entraEndpoints(settings.signInAuthority, settings.partnerTenant).token;
  const assertion = await signClientAssertion({ credential, clientId: settings.appOnlyClientId, tokenEndpoint, now });
  const tokens = await postTokenRequest(fetch, tokenEndpoint, {
    grant_type: 'client_credentials',
    client_id: settings.appOnlyClientId,
    client_assertion_type: CLIENT_ASSERTION_TYPE,
    client_assertion: assertion,
    scope: APP_ONLY_SCOPE,
  });
  return { accessToken: tokens.access_token, expiresAt: now() + tokens.expires_in * 1000 };
}

export interface AppOnlyTokenSourceOptions extends Omit<AppOnlyTokenRequest, 'settings'> {
  settings: () => AppOnlySettings | Promise<AppOnlySettings>;
  refreshMarginMs?: number;
}

/** The app-only token for the client's `getAppOnlyToken`: kept in memory only, renewed before expiry, one request at a time. */
export function createAppOnlyTokenSource(options: AppOnlyTokenSourceOptions) {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  let current: AppOnlyToken | null = null;
  let pending: Promise<string> | null = null;

  const mint = async (): Promise<string> => {
    current = await requestAppOnlyToken({ ...options, settings: await options.settings(), now });
    return current.accessToken;
  };

  return {
    getToken(): Promise<string> {
      if (current && current.expiresAt - margin > now()) return Promise.resolve(current.accessToken);
      pending ??= mint().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(token?: string): void {
      if (current && (token === undefined || token === current.accessToken)) current = null;
    },
  };
}
