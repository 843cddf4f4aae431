// Attacks on where tokens go: a hostile API or sign-in address (typed, pushed by a policy, or a look-alike), a settings change
// that would carry the current token to a new host, a sign-in service that never answers, a token for another tenant or service.
import { describe, expect, it, vi } from 'vitest';
import { createMemorySessionArea } from '@/lib/auth/session';
import {
  allowedServiceOrigin,
  mayReceiveToken,
  microsoftOrigins,
  serviceOriginChoices,
  type ServiceRole,
} from '@/lib/config/service-origins';
import type { Build } from '@/lib/config/build';
import { redeemRefreshToken } from '@/lib/auth/token-endpoint';
import { createTokenManager, type DelegatedSettings } from '@/lib/auth/token-manager';
import { DELEGATED_SCOPES } from '@/lib/auth/endpoints';
import { createPartnerCenterClient } from '@/lib/partner-center/client';
import { parseManagedPolicy } from '@/lib/settings/managed';
import { AUTHORITY, CLIENT_ID, fakeEntra, PERSON, REDIRECT_URI, TENANT } from '../auth/fake-entra';

const API = 'https://api.partnercenter.microsoft.com';
const LOGIN = 'https://login.microsoftonline.com';

describe('the store build sends tokens only to Microsoft', () => {
  it('its table holds exactly Microsoft’s API and sign-in origins', () => {
    expect(microsoftOrigins('api')).toEqual([API]);
    expect(microsoftOrigins('sign-in')).toEqual([LOGIN]);
  });

  it.each<[string, string, ServiceRole, Build, boolean]>([
    ['the API', `${API}/v1/customers`, 'api', 'store', true],
    ['the sign-in service', `${LOGIN}/contoso.onmicrosoft.com/oauth2/v2.0/token`, 'sign-in', 'store', true],
    ['a look-alike suffix', 'https://api.partnercenter.microsoft.com.evil.example/v1', 'api', 'store', false],
    ['a look-alike prefix', 'https://evilapi.partnercenter-microsoft.com/v1', 'api', 'store', false],
    ['a trailing dot', 'https://api.partnercenter.microsoft.com./v1', 'api', 'store', false],
    ['userinfo that reads like the host', 'https://api.partnercenter.microsoft.com@evil.example/v1', 'api', 'store', false],
    ['userinfo on the real host', 'https://user:pass@api.partnercenter.microsoft.com/v1', 'api', 'store', false],
    ['another port', 'https://api.partnercenter.microsoft.com:8443/v1', 'api', 'store', false],
    ['plain http', 'http://api.partnercenter.microsoft.com/v1', 'api', 'store', false],
    ['an IDN homograph (Cyrillic а)', 'https://\u0430pi.partnercenter.microsoft.com/v1', 'api', 'store', false],
    ['a full-width dot', 'https://login.microsoftonline\uFF0Ecom.evil.example/x', 'sign-in', 'store', false],
    ['the sign-in origin used as the API', `${LOGIN}/v1`, 'api', 'store', false],
    ['the API origin used as the sign-in service', `${API}/x/oauth2/v2.0/token`, 'sign-in', 'store', false],
    ['the loopback sandbox in the store build', 'http://127.0.0.1:4010/v1', 'api', 'store', false],
    ['the loopback sandbox in the sandbox build', 'http://127.0.0.1:4010/v1', 'api', 'sandbox', true],
    ['the sandbox on another port', 'http://127.0.0.1:51234/x/oauth2/v2.0/token', 'sign-in', 'sandbox', true],
    ['localhost in the sandbox build', 'http://localhost:4010/v1', 'api', 'sandbox', false],
    ['another private address in the sandbox build', 'http://192.168.1.10:4010/v1', 'api', 'sandbox', false],
    ['https on the loopback in the sandbox build', 'https://127.0.0.1:4010/v1', 'api', 'sandbox', false],
    ['not a URL', 'api.partnercenter.microsoft.com', 'api', 'store', false],
  ])('%s: %s (%s, %s build) → %s', (_label, address, role, build, expected) => {
    expect(mayReceiveToken(address, role, build)).toBe(expected);
  });

  it('settings keep the origin alone and refuse a path', () => {
    expect(allowedServiceOrigin(`${API}/`, 'api', 'store')).toBe(API);
    expect(allowedServiceOrigin(`${API}/proxy`, 'api', 'store')).toBeNull();
  });

  it.each<[ServiceRole, Build, string, string[]]>([
    ['api', 'store', API, [API]],
    ['api', 'store', 'https://proxy.example.com', [API]],
    ['api', 'store', 'http://127.0.0.1:4010', [API]],
    ['sign-in', 'store', LOGIN, [LOGIN]],
    ['api', 'sandbox', 'http://127.0.0.1:4010', [API, 'http://127.0.0.1:4010']],
    ['sign-in', 'sandbox', 'https://login.evil.example', [LOGIN]],
  ])('the settings page offers for %s in the %s build, holding %s: %j', (role, build, current, choices) => {
    expect(serviceOriginChoices(role, build, current)).toEqual(choices);
  });

  it('a managed policy cannot point the API or the sign-in at another host', () => {
    const policy = parseManagedPolicy({ apiBaseUrl: 'https://proxy.example.com', signInAuthority: 'https://login.evil.example' });
    expect(policy.values).toEqual({});
    expect(policy.rejected.sort()).toEqual(['apiBaseUrl', 'signInAuthority']);
  });
});

describe('a hostile API address receives no token', () => {
  it.each(['https://proxy.example.com', 'https://api.partnercenter.microsoft.com.evil.example'])(
    '%s: refused before anything is sent',
    async (baseUrl) => {
      const fetch = vi.fn(async () => new Response('{}'));
      const getAccessToken = vi.fn(async () => 'the-token');
      const client = createPartnerCenterClient({ baseUrl, getAccessToken, fetch, rateLimit: false });
      await expect(client.getCustomer('0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9')).rejects.toMatchObject({
        code: 'origin-not-allowed',
        messageKey: 'errors.request.originNotAllowed',
      });
      expect(fetch).not.toHaveBeenCalled();
      expect(getAccessToken).not.toHaveBeenCalled();
    },
  );
});

describe('a hostile sign-in address receives no code, verifier or refresh token', () => {
  it('the token endpoint refuses it before sending', async () => {
    const fetch = vi.fn(async () => new Response('{}'));
    const request = {
      tokenUrl: 'https://login.evil.example/t/oauth2/v2.0/token',
      clientId: CLIENT_ID,
      refreshToken: 'r',
      scopes: DELEGATED_SCOPES,
    };
    await expect(redeemRefreshToken(fetch, request)).rejects.toMatchObject({ reason: 'origin-not-allowed' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('the sign-in window is not opened on it', async () => {
    const entra = fakeEntra();
    const launch = vi.fn(entra.launchWebAuthFlow);
    const manager = createTokenManager({
      storage: createMemorySessionArea(),
      fetch: entra.fetch,
      launchWebAuthFlow: launch,
      redirectUri: REDIRECT_URI,
      settings: () => ({
        apiBaseUrl: API,
        signInAuthority: 'https://login.evil.example',
        partnerTenant: TENANT,
        delegatedClientId: CLIENT_ID,
      }),
    });
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'origin-not-allowed' });
    expect(launch).not.toHaveBeenCalled();
  });
});

function signedInManager(settings: DelegatedSettings, entra = fakeEntra()) {
  let current = settings;
  const manager = createTokenManager({
    storage: createMemorySessionArea(),
    fetch: entra.fetch,
    launchWebAuthFlow: entra.launchWebAuthFlow,
    redirectUri: REDIRECT_URI,
    settings: () => current,
  });
  return { manager, entra, change: (next: DelegatedSettings) => void (current = next) };
}
const SETTINGS: DelegatedSettings = {
  apiBaseUrl: API,
  signInAuthority: AUTHORITY,
  partnerTenant: TENANT,
  delegatedClientId: CLIENT_ID,
};

describe('a settings change that would carry the token to a new API address', () => {
  it('signs out: the session belongs to the API address too', async () => {
    const { manager, change } = signedInManager(SETTINGS);
    await manager.signIn();
    change({ ...SETTINGS, apiBaseUrl: 'http://127.0.0.1:4010' });
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'interaction-required' });
    expect(await manager.getAccount()).toBeNull();
  });
});

describe('a sign-in service that never answers', () => {
  it('fails with a timeout in plain words instead of holding every call', async () => {
    vi.useFakeTimers();
    try {
      const hanging = vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      );
      const request = {
        tokenUrl: `${LOGIN}/t/oauth2/v2.0/token`,
        clientId: CLIENT_ID,
        refreshToken: 'r',
        scopes: DELEGATED_SCOPES,
      };
      const outcome = redeemRefreshToken(hanging, request).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await outcome).toMatchObject({ reason: 'timeout', messageKey: 'auth.errors.timeout', params: { seconds: 30 } });
      expect(hanging.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a delegated token for another tenant or another service', () => {
  const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

  it('a token of another tenant than the partner tenant set as a GUID is refused, naming the tenant signed in to', async () => {
    const { manager, entra } = signedInManager({ ...SETTINGS, partnerTenant: PERSON.tid });
    entra.state.accessClaims = { tid: OTHER_TENANT };
    await expect(manager.signIn()).rejects.toMatchObject({
      reason: 'wrong-tenant',
      params: { tenant: OTHER_TENANT, expected: PERSON.tid },
    });
    expect(await manager.getAccount()).toBeNull();
  });

  it('a domain setting is resolved to its tenant at sign-in: a later token of another tenant is refused and ends the session', async () => {
    const { manager, entra } = signedInManager(SETTINGS);
    expect((await manager.signIn()).tenantId).toBe(PERSON.tid);
    entra.state.accessClaims = { tid: OTHER_TENANT };
    await manager.invalidate();
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'wrong-tenant', params: { tenant: OTHER_TENANT } });
    expect(await manager.getAccount()).toBeNull();
  });

  it.each([
    ['another resource', 'https://graph.microsoft.com'],
    ['no audience', undefined],
  ])('a token for %s is refused', async (_label, aud) => {
    const { manager, entra } = signedInManager(SETTINGS);
    entra.state.accessClaims = { aud };
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'wrong-audience' });
    expect(await manager.getAccount()).toBeNull();
  });
});
