// One authorization-code + PKCE round trip through `identity.launchWebAuthFlow`. The verifier and state exist only
// in this function's memory for the length of the round trip.
import { buildAuthorizeUrl, type AuthorizeUrlInput } from './authorize-url';
import { DELEGATED_SCOPES, entraEndpoints } from './endpoints';
import { currentBuild } from '../config/build';
import { AuthError } from './errors';
import { mayReceiveToken } from '../config/service-origins';
import { createPkcePair, createState, randomBytes, type RandomBytes } from './pkce';
import { parseAuthorizeRedirect } from './redirect';
import { originOf, redeemAuthorizationCode, type FetchLike, type TokenResponse } from './token-endpoint';

/** `identity.launchWebAuthFlow`: resolves with the redirect URL, rejects when the window is closed or, silently, when interaction is needed. */
export type LaunchWebAuthFlow = (details: { url: string; interactive: boolean }) => Promise<string | undefined>;

export interface DelegatedAppConfig {
  authority: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
}

export interface AuthorizationFlowOptions {
  launchWebAuthFlow: LaunchWebAuthFlow;
  fetch: FetchLike;
  interactive: boolean;
  prompt?: AuthorizeUrlInput['prompt'];
  loginHint?: string;
  random?: RandomBytes;
}

export async function runAuthorizationFlow(
  config: DelegatedAppConfig,
  options: AuthorizationFlowOptions,
): Promise<TokenResponse> {
  // The sign-in page would see the person's credentials and hand its code to whoever runs it: Microsoft's only.
  if (!mayReceiveToken(config.authority, 'sign-in', currentBuild))
    throw new AuthError('origin-not-allowed', { params: { origin: originOf(config.authority) } });
  const random = options.random ?? randomBytes;
  const pkce = await createPkcePair(random);
  const state = createState(random);
  const url = buildAuthorizeUrl({
    ...config,
    state,
    codeChallenge: pkce.challenge,
    scopes: DELEGATED_SCOPES,
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
  });
  const failed = new AuthError(options.interactive ? 'cancelled' : 'interaction-required');
  let redirect: string | undefined;
  try {
    redirect = await options.launchWebAuthFlow({ url, interactive: options.interactive });
  } catch {
    throw failed;
  }
  if (!redirect) throw failed;
  const code = parseAuthorizeRedirect(redirect, state);
  return redeemAuthorizationCode(options.fetch, {
    tokenUrl: entraEndpoints(config.authority, config.tenant).token,
    clientId: config.clientId,
    code,
    redirectUri: config.redirectUri,
    codeVerifier: pkce.verifier,
    scopes: DELEGATED_SCOPES,
  });
}
