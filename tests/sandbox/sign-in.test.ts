import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELEGATED_CLIENT_ID } from './auth/apps';
import { PARTNER_TENANT_ID, SANDBOX_USERS } from './auth/users';
import type { Sandbox } from './server';
import {
  EXTENSION_ORIGIN,
  REDIRECT_URI,
  authorizeParams,
  pkcePair,
  signIn,
  startTestSandbox,
  submitSignIn,
  tokenRequest,
} from './test-support';

const OTHER_CLIENT_ID = '0f0e0d0c-0b0a-4908-8706-050403020100';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({
    customers: 20,
    extraApps: [{ clientId: OTHER_CLIENT_ID, redirectUris: ['http://localhost:5173/callback'] }],
  });
});
afterAll(() => sandbox.close());

const authorizeUrl = (params: URLSearchParams, tenant = 'common') => `${sandbox.url}/${tenant}/oauth2/v2.0/authorize?${params}`;

async function codeFor(userKey = 'admin-agent', overrides: Record<string, string> = {}) {
  const pair = pkcePair();
  const { location } = await submitSignIn(sandbox, authorizeParams(pair.challenge, overrides), userKey);
  return { ...pair, code: location?.searchParams.get('code') ?? '', location };
}

const redeem = (code: string, verifier: string, extra: Record<string, string> = {}, options: { origin?: string | null } = {}) =>
  tokenRequest(
    sandbox,
    {
      grant_type: 'authorization_code',
      client_id: DELEGATED_CLIENT_ID,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      ...extra,
    },
    options,
  );

describe('authorize', () => {
  it('shows an accessible sign-in form listing the seeded users in order, keeping the query in hidden fields', async () => {
    const params = authorizeParams(pkcePair().challenge, { state: '"><script>x</script>' });
    const response = await fetch(authorizeUrl(params));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<form method="post">');
    const values = [...page.matchAll(/name="user" value="([^"]+)"/g)].map((match) => match[1]);
    expect(values).toEqual(SANDBOX_USERS.map((user) => user.key));
    expect(values.slice(0, 4)).toEqual(['admin-agent', 'sales-agent', 'indirect-reseller', 'no-mfa']);
    for (const user of SANDBOX_USERS) expect(page).toContain(`<label for="user-${user.key}">`);
    expect(page).toContain('name="state" value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(page).not.toContain('<script>x</script>');
    expect(page).toContain('Sam O&#39;Connor');
  });

  it.each(['common', 'organizations', PARTNER_TENANT_ID])('accepts %s as the tenant', async (tenant) => {
    const response = await fetch(authorizeUrl(authorizeParams(pkcePair().challenge), tenant));
    expect(response.status).toBe(200);
  });

  it('refuses an unknown tenant with a page', async () => {
    const response = await fetch(authorizeUrl(authorizeParams(pkcePair().challenge), 'not-a-tenant'), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('AADSTS90002');
  });

  it.each([
    ['an unknown client', { client_id: '11111111-2222-4333-8444-555555555555' }, 'AADSTS700016'],
    ['an unregistered redirect URI', { redirect_uri: 'https://evil.example/callback' }, 'AADSTS50011'],
    [
      'a chromiumapp.org id that is not an extension id',
      { redirect_uri: 'https://abcdefghijklmnopqrstuvwxyzabcdef.chromiumapp.org/' },
      'AADSTS50011',
    ],
    ['the app-only app', { client_id: '00000000-0000-4000-8000-0000000a5500' }, 'AADSTS50011'],
  ])('shows an error page, never a redirect, for %s', async (_name, overrides, code) => {
    const response = await fetch(authorizeUrl(authorizeParams(pkcePair().challenge, overrides)), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(code);
  });

  it.each([
    'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
    'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/auth',
    'https://3f2a9c0b1d4e5f60718293a4b5c6d7e8f9012345.extensions.allizom.org/',
    'http://127.0.0.1/mozoauth2/3f2a9c0b1d4e5f60718293a4b5c6d7e8f9012345',
  ])('accepts the extension redirect %s', async (redirectUri) => {
    const { status, location } = await submitSignIn(
      sandbox,
      authorizeParams(pkcePair().challenge, { redirect_uri: redirectUri }),
      'admin-agent',
    );
    expect(status).toBe(302);
    expect(location?.toString().startsWith(redirectUri)).toBe(true);
    expect(location?.searchParams.get('code')).toBeTruthy();
    expect(location?.searchParams.get('state')).toBe('state-123');
  });

  it.each([
    ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
    ['no PKCE challenge', { code_challenge: '' }, 'invalid_request'],
    ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['a scope of another API', { scope: 'https://graph.microsoft.com/User.Read' }, 'invalid_scope'],
    ['no state', { state: '' }, 'invalid_request'],
  ])('redirects %s back with an error', async (_name, overrides, error) => {
    const response = await fetch(authorizeUrl(authorizeParams(pkcePair().challenge, overrides)), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(REDIRECT_URI.slice(0, -1) + '/');
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('error_description')).toMatch(/^AADSTS\d+/);
  });

  it('answers in the fragment when asked', async () => {
    const { location } = await submitSignIn(
      sandbox,
      authorizeParams(pkcePair().challenge, { response_mode: 'fragment' }),
      'admin-agent',
    );
    const fragment = new URLSearchParams(location?.hash.slice(1));
    expect(fragment.get('code')).toBeTruthy();
    expect(fragment.get('state')).toBe('state-123');
  });

  it('sends the user back with access_denied on cancel', async () => {
    const params = authorizeParams(pkcePair().challenge);
    const form = new URLSearchParams(params);
    form.set('action', 'cancel');
    const response = await fetch(authorizeUrl(params), { method: 'POST', body: form, redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('answers prompt=none with login_required without a session, with a code once signed in', async () => {
    const silent = authorizeParams(pkcePair().challenge, { prompt: 'none' });
    const anonymous = await fetch(authorizeUrl(silent), { redirect: 'manual' });
    expect(new URL(anonymous.headers.get('location') ?? '').searchParams.get('error')).toBe('login_required');

    const { cookie } = await submitSignIn(sandbox, authorizeParams(pkcePair().challenge), 'sales-agent');
    expect(cookie).toMatch(/^sandbox_session=/);
    const again = await fetch(authorizeUrl(silent), { redirect: 'manual', headers: { Cookie: cookie ?? '' } });
    const location = new URL(again.headers.get('location') ?? '');
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('error')).toBeNull();
  });
});

describe('token: authorization code with PKCE', () => {
  it('gives access, refresh and ID tokens with the claims Partner Center reads', async () => {
    const { code, verifier } = await codeFor('admin-agent');
    const { status, headers, body } = await redeem(code, verifier);
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(typeof body.refresh_token).toBe('string');
    const claims = decodeJwt(String(body.access_token));
    expect(claims).toMatchObject({
      aud: 'https://api.partnercenter.microsoft.com',
      tid: PARTNER_TENANT_ID,
      scp: 'user_impersonation',
      partner_role: 'AdminAgent',
    });
    expect(claims.amr).toContain('mfa');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
    expect(decodeJwt(String(body.id_token)).aud).toBe(DELEGATED_CLIENT_ID);
  });

  it('marks a user without MFA as such', async () => {
    const tokens = await signIn(sandbox, 'no-mfa');
    expect(decodeJwt(tokens.accessToken).amr).toEqual(['pwd']);
  });

  it('refuses a wrong verifier', async () => {
    const { code } = await codeFor();
    const { status, body } = await redeem(code, pkcePair().verifier);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
  });

  it('refuses a code used twice', async () => {
    const { code, verifier } = await codeFor();
    expect((await redeem(code, verifier)).status).toBe(200);
    const reuse = await redeem(code, verifier);
    expect(reuse.status).toBe(400);
    expect(reuse.body).toMatchObject({ error: 'invalid_grant', error_codes: [54005] });
  });

  it('refuses a redirect URI other than the authorization request one', async () => {
    const { code, verifier } = await codeFor();
    const { status, body } = await redeem(code, verifier, {
      redirect_uri: 'https://ponmlkjihgfedcbaponmlkjihgfedcba.chromiumapp.org/',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [70000] });
  });

  it('refuses a code redeemed by another client', async () => {
    const { code, verifier } = await codeFor();
    const { status, body } = await redeem(code, verifier, { client_id: OTHER_CLIENT_ID });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [70000] });
  });

  it('lets an app added with --client-id sign in with its own redirect URI', async () => {
    const { status, location } = await submitSignIn(
      sandbox,
      authorizeParams(pkcePair().challenge, { client_id: OTHER_CLIENT_ID, redirect_uri: 'http://localhost:5173/callback' }),
      'sales-agent',
    );
    expect(status).toBe(302);
    expect(location?.searchParams.get('code')).toBeTruthy();
  });

  it('refuses a code older than ten minutes of sandbox clock', async () => {
    const { code, verifier } = await codeFor();
    sandbox.clock.advance(10 * 60_000 + 1000);
    const { status, body } = await redeem(code, verifier);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
  });

  it('refuses a same-origin redemption of an SPA code, as Entra does', async () => {
    const { code, verifier } = await codeFor();
    const { status, body } = await redeem(code, verifier, {}, { origin: null });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
    expect(String(body.error_description)).toMatch(/^AADSTS9002327:/);
  });

  it('answers a CORS preflight from an extension origin', async () => {
    const response = await fetch(`${sandbox.url}/common/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'moz-extension://0f3e2d1c-4b5a-4978-8695-a4b3c2d1e0f9', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('moz-extension://0f3e2d1c-4b5a-4978-8695-a4b3c2d1e0f9');
  });

  it('publishes its signing keys', async () => {
    const response = await fetch(`${sandbox.url}/${PARTNER_TENANT_ID}/discovery/v2.0/keys`);
    const jwks = (await response.json()) as { keys: { kty: string; kid: string }[] };
    expect(jwks.keys[0]?.kty).toBe('RSA');
  });
});

describe('token: refresh', () => {
  it('rotates refresh tokens and refuses a used one', async () => {
    const tokens = await signIn(sandbox);
    const first = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      client_id: DELEGATED_CLIENT_ID,
      refresh_token: tokens.refreshToken,
    });
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(tokens.refreshToken);
    const replay = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      client_id: DELEGATED_CLIENT_ID,
      refresh_token: tokens.refreshToken,
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
  });

  it('lets refresh tokens expire 24 hours after sign-in, however often they were rotated', async () => {
    const tokens = await signIn(sandbox);
    sandbox.clock.advance(23 * 3_600_000);
    const rotated = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      client_id: DELEGATED_CLIENT_ID,
      refresh_token: tokens.refreshToken,
    });
    expect(rotated.status).toBe(200);
    expect(Number(rotated.body.refresh_token_expires_in)).toBeLessThanOrEqual(3600);
    sandbox.clock.advance(3_600_000);
    const expired = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      client_id: DELEGATED_CLIENT_ID,
      refresh_token: String(rotated.body.refresh_token),
    });
    expect(expired.status).toBe(400);
    expect(expired.body).toMatchObject({ error: 'invalid_grant', error_codes: [700084] });
  });
});
