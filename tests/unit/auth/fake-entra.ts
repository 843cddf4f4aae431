// A small Entra stand-in for the sign-in tests: an authorize step (what launchWebAuthFlow would open) and a token
// endpoint that checks PKCE and rotates refresh tokens.
import { base64url } from 'jose';
import { pkceChallenge } from '@/lib/auth/pkce';

export const AUTHORITY = 'https://login.microsoftonline.com';
export const TENANT = 'contoso.onmicrosoft.com';
export const CLIENT_ID = '0f0f0f0f-0000-4000-8000-00000000c1d1';
export const REDIRECT_URI = 'https://abcdefghijklmnop.chromiumapp.org/';
export const TOKEN_URL = `${AUTHORITY}/${TENANT}/oauth2/v2.0/token`;

export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64url.encode(JSON.stringify(value));
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export const PERSON = {
  tid: '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  oid: 'a0d1e2f3-0001-4000-8000-00000000ad01',
  name: 'Camille Lefèvre',
  preferred_username: 'camille@contoso.onmicrosoft.com',
};

export interface TokenCall {
  form: Record<string, string>;
  headers: Record<string, string>;
}

export function fakeEntra(options: { mfa?: boolean; expiresIn?: number } = {}) {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const tokenCalls: TokenCall[] = [];
  const launches: { url: URL; interactive: boolean }[] = [];
  let serial = 0;
  const state = {
    mfa: options.mfa ?? true,
    expiresIn: options.expiresIn ?? 3600,
    /** What the silent (prompt=none) authorize answers: a code, or an Entra error. */
    silent: 'code' as 'code' | 'login_required' | 'reject',
    interactive: 'code' as 'code' | 'reject' | 'access_denied',
    /** The refresh tokens Entra still honours. */
    liveRefreshTokens: new Set<string>(),
    refreshFailure: null as null | 'network' | 'server' | 'invalid_grant',
    /** When set, the token endpoint holds its answers until it resolves. */
    gate: null as Promise<void> | null,
    /** Claims the next access tokens carry instead of the person's own (another tenant, another audience). */
    accessClaims: {} as Record<string, unknown>,
  };

  function issue(): Record<string, unknown> {
    serial += 1;
    const refresh = `refresh-${serial}`;
    state.liveRefreshTokens.add(refresh);
    const amr = state.mfa ? ['pwd', 'mfa'] : ['pwd'];
    return {
      token_type: 'Bearer',
      expires_in: state.expiresIn,
      access_token: fakeJwt({ ...PERSON, amr, serial, aud: 'https://api.partnercenter.microsoft.com', ...state.accessClaims }),
      refresh_token: refresh,
      id_token: fakeJwt({ ...PERSON }),
    };
  }

  const respond = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  async function fetch(input: string, init?: RequestInit): Promise<Response> {
    if (!input.startsWith(`${AUTHORITY}/`) || !input.endsWith('/oauth2/v2.0/token')) throw new Error(`unexpected URL ${input}`);
    const form = Object.fromEntries(new URLSearchParams(String(init?.body)));
    tokenCalls.push({ form, headers: { ...(init?.headers as Record<string, string>) } });
    if (state.gate) await state.gate;
    if (form.grant_type === 'authorization_code') {
      const issued = codes.get(form.code ?? '');
      codes.delete(form.code ?? '');
      const valid =
        issued &&
        issued.redirectUri === form.redirect_uri &&
        issued.challenge === (await pkceChallenge(form.code_verifier ?? ''));
      return valid ? respond(200, issue()) : respond(400, { error: 'invalid_grant', error_description: 'AADSTS70000: bad code' });
    }
    if (form.grant_type === 'refresh_token') {
      if (state.refreshFailure === 'network') throw new TypeError('Failed to fetch');
      if (state.refreshFailure === 'server') return respond(503, 'unavailable');
      const live = state.liveRefreshTokens.delete(form.refresh_token ?? '');
      if (!live || state.refreshFailure === 'invalid_grant') {
        return respond(400, { error: 'invalid_grant', error_description: 'AADSTS700084: The refresh token has expired.' });
      }
      return respond(200, issue());
    }
    return respond(400, { error: 'unsupported_grant_type' });
  }

  async function launchWebAuthFlow({ url, interactive }: { url: string; interactive: boolean }): Promise<string | undefined> {
    const parsed = new URL(url);
    launches.push({ url: parsed, interactive });
    const params = parsed.searchParams;
    const outcome = interactive ? state.interactive : state.silent;
    if (outcome === 'reject') throw new Error(interactive ? 'The user did not approve access.' : 'User interaction required.');
    const redirect = new URL(params.get('redirect_uri') ?? '');
    redirect.searchParams.set('state', params.get('state') ?? '');
    if (outcome === 'code') {
      const code = `code-${launches.length}`;
      codes.set(code, { challenge: params.get('code_challenge') ?? '', redirectUri: redirect.origin + redirect.pathname });
      redirect.searchParams.set('code', code);
    } else {
      redirect.searchParams.set('error', outcome);
      redirect.searchParams.set('error_description', `AADSTS50058: ${outcome}`);
    }
    return redirect.toString();
  }

  return { fetch, launchWebAuthFlow, tokenCalls, launches, state };
}
