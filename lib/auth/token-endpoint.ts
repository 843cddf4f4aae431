// The Entra token endpoint: form-encoded POSTs, answers parsed with zod (docs/partner-center-api.md §4.2).
import { z } from 'zod';
import { currentBuild } from '../config/build';
import { AuthError, type AuthErrorReason } from './errors';
import { mayReceiveToken } from '../config/service-origins';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const tokenErrorSchema = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
  error_codes: z.array(z.number()).optional(),
});

type Grant = 'authorization_code' | 'refresh_token' | 'client_credentials';

export function originOf(address: string): string {
  try {
    return new URL(address).origin;
  } catch {
    return address.slice(0, 100);
  }
}

function reasonFor(grant: Grant, error: string): AuthErrorReason {
  if (error === 'interaction_required' || error === 'login_required') return 'interaction-required';
  if (error === 'consent_required') return 'consent-required';
  // For a refresh token, invalid_grant means it expired (24 h for single-page-application redirects) or was revoked.
  if (grant === 'refresh_token' && error === 'invalid_grant') return 'refresh-expired';
  return 'sign-in-refused';
}

/** A sign-in service that does not answer must not hold every call waiting on a token (the audit's included). */
export const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

/** The answer and its JSON body, or `timeout` when the service is silent past `timeoutMs` (the request is then aborted). */
async function fetchWithTimeout(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ response: Response; body: unknown }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AuthError('timeout', { params: { seconds: Math.round(timeoutMs / 1000) } }));
    }, timeoutMs);
  });
  const answered = (async () => {
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, signal: controller.signal });
    } catch {
      throw new AuthError('network');
    }
    const body: unknown = await response.json().catch(() => undefined);
    return { response, body };
  })();
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
    answered.catch(() => undefined);
  }
}

export async function postTokenRequest(
  fetchImpl: FetchLike,
  tokenUrl: string,
  form: Record<string, string>,
  timeoutMs: number = TOKEN_REQUEST_TIMEOUT_MS,
): Promise<TokenResponse> {
  const grant = form.grant_type as Grant;
  // The code, the PKCE verifier, the refresh token and the client assertion go to Microsoft's sign-in service only.
  if (!mayReceiveToken(tokenUrl, 'sign-in', currentBuild))
    throw new AuthError('origin-not-allowed', { params: { origin: originOf(tokenUrl) } });
  const { response, body } = await fetchWithTimeout(
    fetchImpl,
    tokenUrl,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
    },
    timeoutMs,
  );
  if (!response.ok) {
    const failure = tokenErrorSchema.safeParse(body);
    if (!failure.success) throw new AuthError(response.status >= 500 ? 'network' : 'invalid-response');
    const { error, error_description: description } = failure.data;
    throw new AuthError(reasonFor(grant, error), { entraError: error, ...(description ? { description } : {}) });
  }
  const tokens = tokenResponseSchema.safeParse(body);
  if (!tokens.success) throw new AuthError('invalid-response');
  return tokens.data;
}

export interface CodeRedemption {
  tokenUrl: string;
  clientId: string;
  code: string;
  redirectUri: string;
  codeVerifier: string;
  scopes: readonly string[];
}

/** The redirect URI must be the one the authorize request carried, or Entra refuses (AADSTS70000). */
export function redeemAuthorizationCode(fetchImpl: FetchLike, request: CodeRedemption): Promise<TokenResponse> {
  return postTokenRequest(fetchImpl, request.tokenUrl, {
    grant_type: 'authorization_code',
    client_id: request.clientId,
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
    scope: request.scopes.join(' '),
  });
}

export interface RefreshRedemption {
  tokenUrl: string;
  clientId: string;
  refreshToken: string;
  scopes: readonly string[];
}

export function redeemRefreshToken(fetchImpl: FetchLike, request: RefreshRedemption): Promise<TokenResponse> {
  return postTokenRequest(fetchImpl, request.tokenUrl, {
    grant_type: 'refresh_token',
    client_id: request.clientId,
    refresh_token: request.refreshToken,
    scope: request.scopes.join(' '),
  });
}
