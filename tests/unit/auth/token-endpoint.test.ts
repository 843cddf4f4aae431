import { describe, expect, it } from 'vitest';
import { redeemAuthorizationCode, redeemRefreshToken } from '@/lib/auth/token-endpoint';
import { DELEGATED_SCOPES } from '@/lib/auth/endpoints';

const TOKEN_URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token';

function replying(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    sent.push({ url, init: init ?? {} });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
  return { fetch, sent };
}

const tokens = { token_type: 'Bearer', expires_in: 3599, access_token: 'a.b.c', refresh_token: 'r1', id_token: 'i.d.t' };
const code = {
  tokenUrl: TOKEN_URL,
  clientId: 'client',
  code: 'the-code',
  redirectUri: 'https://x.chromiumapp.org/',
  codeVerifier: 'v',
  scopes: DELEGATED_SCOPES,
};

describe('token endpoint', () => {
  it('redeems a code with a form-encoded POST carrying the verifier and the same redirect URI', async () => {
    const { fetch, sent } = replying(200, tokens);
    expect(await redeemAuthorizationCode(fetch, code)).toEqual(tokens);
    const [request] = sent;
    expect(request?.url).toBe(TOKEN_URL);
    expect(request?.init.method).toBe('POST');
    expect(request?.init.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(String(request?.init.body)))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client',
      code: 'the-code',
      redirect_uri: 'https://x.chromiumapp.org/',
      code_verifier: 'v',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation offline_access openid profile',
    });
  });

  it('redeems a refresh token', async () => {
    const { fetch, sent } = replying(200, { ...tokens, expires_in: '3600' });
    expect(
      (await redeemRefreshToken(fetch, { tokenUrl: TOKEN_URL, clientId: 'client', refreshToken: 'r0', scopes: DELEGATED_SCOPES }))
        .expires_in,
    ).toBe(3600);
    expect(new URLSearchParams(String(sent[0]?.init.body)).get('grant_type')).toBe('refresh_token');
    expect(new URLSearchParams(String(sent[0]?.init.body)).get('refresh_token')).toBe('r0');
  });

  const refresh = (fetch: ReturnType<typeof replying>['fetch']) =>
    redeemRefreshToken(fetch, { tokenUrl: TOKEN_URL, clientId: 'client', refreshToken: 'r0', scopes: DELEGATED_SCOPES });

  it.each([
    [
      400,
      { error: 'invalid_grant', error_description: 'AADSTS700084: expired' },
      'refresh-expired',
      'auth.errors.refreshExpired',
    ],
    [
      400,
      { error: 'interaction_required', error_description: 'AADSTS50076' },
      'interaction-required',
      'auth.errors.signInRequired',
    ],
    [400, { error: 'consent_required' }, 'consent-required', 'auth.errors.consentRequired'],
    [401, { error: 'invalid_client', error_description: 'AADSTS7000215' }, 'sign-in-refused', 'auth.errors.signInRefused'],
    [400, { unexpected: true }, 'invalid-response', 'auth.errors.invalidResponse'],
    [502, '<html>bad gateway</html>', 'network', 'auth.errors.network'],
    [200, { access_token: 'a.b.c' }, 'invalid-response', 'auth.errors.invalidResponse'],
    [200, 'not json', 'invalid-response', 'auth.errors.invalidResponse'],
  ])('a refresh answered %i %j fails as %s', async (status, body, reason, messageKey) => {
    await expect(refresh(replying(status, body).fetch)).rejects.toMatchObject({ name: 'AuthError', reason, messageKey });
  });

  it('invalid_grant on a code redemption is a refused sign-in, not an expired session', async () => {
    const { fetch } = replying(400, { error: 'invalid_grant', error_description: 'AADSTS70000' });
    await expect(redeemAuthorizationCode(fetch, code)).rejects.toMatchObject({
      reason: 'sign-in-refused',
      entraError: 'invalid_grant',
      description: 'AADSTS70000',
    });
  });

  it('a network failure is reported as such', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(refresh(fetch)).rejects.toMatchObject({ reason: 'network', messageKey: 'auth.errors.network' });
  });
});
