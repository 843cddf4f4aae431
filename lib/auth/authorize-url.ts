import { DELEGATED_SCOPES, entraEndpoints } from './endpoints';

export interface AuthorizeUrlInput {
  authority: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scopes?: readonly string[];
  /** `none` for a silent attempt; `select_account` to let the person pick another account. */
  prompt?: 'none' | 'login' | 'select_account' | 'consent';
  loginHint?: string;
}

/** Authorization code request with PKCE; the code comes back in the redirect's query. */
export function buildAuthorizeUrl(input: AuthorizeUrlInput): string {
  const url = new URL(entraEndpoints(input.authority, input.tenant).authorize);
  const params: [string, string][] = [
    ['client_id', input.clientId],
    ['response_type', 'code'],
    ['redirect_uri', input.redirectUri],
    ['response_mode', 'query'],
    ['scope', (input.scopes ?? DELEGATED_SCOPES).join(' ')],
    ['state', input.state],
    ['code_challenge', input.codeChallenge],
    ['code_challenge_method', 'S256'],
  ];
  if (input.prompt) params.push(['prompt', input.prompt]);
  if (input.loginHint) params.push(['login_hint', input.loginHint]);
  for (const [name, value] of params) url.searchParams.set(name, value);
  return url.toString();
}
