import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '@/lib/auth/authorize-url';
import { APP_ONLY_SCOPE, entraEndpoints } from '@/lib/auth/endpoints';

const input = {
  authority: 'https://login.microsoftonline.com',
  tenant: 'contoso.onmicrosoft.com',
  clientId: '0f0f0f0f-0000-4000-8000-00000000c1d1',
  redirectUri: 'https://abcdefghijklmnop.chromiumapp.org/',
  state: 'state-1',
  codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
};

describe('authorize URL', () => {
  it('asks for a code with PKCE, in the query, for Partner Center and a refresh token', () => {
    const url = new URL(buildAuthorizeUrl(input));
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: input.clientId,
      response_type: 'code',
      redirect_uri: input.redirectUri,
      response_mode: 'query',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation offline_access openid profile',
      state: 'state-1',
      code_challenge: input.codeChallenge,
      code_challenge_method: 'S256',
    });
  });

  it('adds prompt and login hint when given', () => {
    const url = new URL(buildAuthorizeUrl({ ...input, prompt: 'none', loginHint: 'camille@contoso.onmicrosoft.com' }));
    expect(url.searchParams.get('prompt')).toBe('none');
    expect(url.searchParams.get('login_hint')).toBe('camille@contoso.onmicrosoft.com');
  });

  it('takes other scopes when asked', () => {
    const url = new URL(buildAuthorizeUrl({ ...input, scopes: ['openid'] }));
    expect(url.searchParams.get('scope')).toBe('openid');
  });

  it('works with a sandbox authority on http://127.0.0.1 and a tenant GUID', () => {
    expect(entraEndpoints('http://127.0.0.1:4010/', '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d')).toEqual({
      authorize: 'http://127.0.0.1:4010/4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d/oauth2/v2.0/authorize',
      token: 'http://127.0.0.1:4010/4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d/oauth2/v2.0/token',
    });
    expect(APP_ONLY_SCOPE).toBe('https://api.partnercenter.microsoft.com/.default');
  });
});
