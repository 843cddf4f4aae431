import { describe, expect, it, vi } from 'vitest';
import { SESSION_KEY, createMemorySessionArea } from '@/lib/auth/session';
import { createTokenManager, type DelegatedSettings } from '@/lib/auth/token-manager';
import { AUTHORITY, CLIENT_ID, fakeEntra, PERSON, REDIRECT_URI, TENANT } from './fake-entra';

const SETTINGS: DelegatedSettings = {
  apiBaseUrl: 'https://api.partnercenter.microsoft.com',
  signInAuthority: AUTHORITY,
  partnerTenant: TENANT,
  delegatedClientId: CLIENT_ID,
};
const MINUTE = 60_000;

function setup(entraOptions: Parameters<typeof fakeEntra>[0] = {}) {
  const entra = fakeEntra(entraOptions);
  const storage = createMemorySessionArea();
  let time = 1_000_000;
  let settings = SETTINGS;
  const make = () =>
    createTokenManager({
      storage,
      fetch: entra.fetch,
      launchWebAuthFlow: entra.launchWebAuthFlow,
      redirectUri: REDIRECT_URI,
      settings: async () => settings,
      now: () => time,
    });
  return {
    entra,
    storage,
    manager: make(),
    make,
    advance: (ms: number) => void (time += ms),
    setSettings: (next: DelegatedSettings) => void (settings = next),
    grants: () => entra.tokenCalls.map((call) => call.form.grant_type),
  };
}

const stored = (storage: ReturnType<typeof createMemorySessionArea>) =>
  storage.data.get(SESSION_KEY) as Record<string, unknown> | undefined;

describe('token manager: sign-in', () => {
  it('signs in interactively with PKCE and keeps the tokens in the session area only', async () => {
    const { manager, entra, storage } = setup();
    const databasesBefore = await indexedDB.databases();
    const account = await manager.signIn();
    expect(account).toEqual({
      name: PERSON.name,
      username: PERSON.preferred_username,
      tenantId: PERSON.tid,
      objectId: PERSON.oid,
    });
    expect(entra.launches).toHaveLength(1);
    expect(entra.launches[0]?.interactive).toBe(true);
    expect(entra.launches[0]?.url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(entra.tokenCalls[0]?.form).toMatchObject({
      grant_type: 'authorization_code',
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
    });
    expect([...storage.data.keys()]).toEqual([SESSION_KEY]);
    expect(stored(storage)).toMatchObject({ refreshToken: 'refresh-1', account: { username: PERSON.preferred_username } });
    expect(await indexedDB.databases()).toEqual(databasesBefore);
    expect(await manager.getAccount()).toEqual(account);
  });

  it('the verifier never leaves memory: it is neither stored nor in the authorize URL', async () => {
    const { manager, entra, storage } = setup();
    await manager.signIn();
    const verifier = entra.tokenCalls[0]?.form.code_verifier ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify([...storage.data.values()])).not.toContain(verifier);
    expect(entra.launches[0]?.url.toString()).not.toContain(verifier);
  });

  it('passes the login hint and prompt', async () => {
    const { manager, entra } = setup();
    await manager.signIn({ loginHint: 'someone@contoso.com', prompt: 'select_account' });
    expect(entra.launches[0]?.url.searchParams.get('login_hint')).toBe('someone@contoso.com');
    expect(entra.launches[0]?.url.searchParams.get('prompt')).toBe('select_account');
  });

  it('refuses a token without MFA and stores nothing', async () => {
    const { manager, storage } = setup({ mfa: false });
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'mfa-required', messageKey: 'errors.auth.mfaRequired' });
    expect(storage.data.size).toBe(0);
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'interaction-required' });
  });

  it('a closed sign-in window is a cancelled sign-in', async () => {
    const { manager, entra } = setup();
    entra.state.interactive = 'reject';
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'cancelled', messageKey: 'auth.errors.cancelled' });
  });

  it('a declined consent is reported as such', async () => {
    const { manager, entra } = setup();
    entra.state.interactive = 'access_denied';
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'access-denied' });
  });

  it.each([
    { partnerTenant: '', delegatedClientId: CLIENT_ID },
    { partnerTenant: TENANT, delegatedClientId: '' },
  ])('without tenant and app id it says sign-in is not set up (%j)', async (partial) => {
    const { manager, setSettings, entra } = setup();
    setSettings({ ...SETTINGS, ...partial });
    await expect(manager.signIn()).rejects.toMatchObject({ reason: 'not-configured', messageKey: 'auth.errors.notConfigured' });
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'not-configured' });
    expect(await manager.getAccount()).toBeNull();
    expect(entra.launches).toHaveLength(0);
  });
});

describe('token manager: access tokens', () => {
  it('before any sign-in, asks for one and opens nothing', async () => {
    const { manager, entra } = setup();
    await expect(manager.getAccessToken()).rejects.toMatchObject({
      reason: 'interaction-required',
      messageKey: 'auth.errors.signInRequired',
    });
    expect(entra.launches).toHaveLength(0);
  });

  it('returns the same token while it is fresh, and refreshes it five minutes before expiry', async () => {
    const { manager, advance, grants } = setup();
    await manager.signIn();
    const first = await manager.getAccessToken();
    advance(54 * MINUTE);
    expect(await manager.getAccessToken()).toBe(first);
    expect(grants()).toEqual(['authorization_code']);
    advance(2 * MINUTE);
    const second = await manager.getAccessToken();
    expect(second).not.toBe(first);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('concurrent callers share one refresh', async () => {
    const { manager, advance, grants } = setup();
    await manager.signIn();
    advance(60 * MINUTE);
    const tokens = await Promise.all(Array.from({ length: 8 }, () => manager.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('a refreshed session uses the new refresh token next time', async () => {
    const { manager, advance, entra, storage } = setup();
    await manager.signIn();
    advance(60 * MINUTE);
    await manager.getAccessToken();
    advance(60 * MINUTE);
    await manager.getAccessToken();
    expect(entra.tokenCalls.map((c) => c.form.refresh_token)).toEqual([undefined, 'refresh-1', 'refresh-2']);
    expect(stored(storage)?.refreshToken).toBe('refresh-3');
  });

  it('when the refresh token has expired, signs in silently (prompt=none, no window)', async () => {
    const { manager, advance, entra, grants } = setup();
    await manager.signIn();
    entra.state.refreshFailure = 'invalid_grant';
    advance(24 * 60 * MINUTE);
    expect(await manager.getAccessToken()).toEqual(expect.any(String));
    expect(grants()).toEqual(['authorization_code', 'refresh_token', 'authorization_code']);
    const silent = entra.launches[1];
    expect(silent?.interactive).toBe(false);
    expect(silent?.url.searchParams.get('prompt')).toBe('none');
    expect(silent?.url.searchParams.get('login_hint')).toBe(PERSON.preferred_username);
  });

  it.each(['login_required', 'reject'] as const)(
    'when the silent sign-in fails too (%s), reports that an interactive sign-in is needed and forgets the session',
    async (silent) => {
      const { manager, advance, entra, storage } = setup();
      await manager.signIn();
      entra.state.refreshFailure = 'invalid_grant';
      entra.state.silent = silent;
      const changes: unknown[] = [];
      manager.onChange((account) => changes.push(account));
      advance(24 * 60 * MINUTE);
      await expect(manager.getAccessToken()).rejects.toMatchObject({
        reason: 'interaction-required',
        messageKey: 'auth.errors.signInRequired',
      });
      expect(entra.launches.map((launch) => launch.interactive)).toEqual([true, false]);
      expect(storage.data.size).toBe(0);
      expect(changes).toEqual([null]);
      await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'interaction-required' });
      expect(entra.launches).toHaveLength(2);
    },
  );

  it('concurrent callers share the failure too: one silent attempt', async () => {
    const { manager, advance, entra } = setup();
    await manager.signIn();
    entra.state.refreshFailure = 'invalid_grant';
    entra.state.silent = 'login_required';
    advance(60 * MINUTE);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => manager.getAccessToken()));
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(entra.launches).toHaveLength(2);
  });

  it('offline during a refresh: reports the network and keeps the session for later', async () => {
    const { manager, advance, entra, storage } = setup();
    await manager.signIn();
    entra.state.refreshFailure = 'network';
    advance(60 * MINUTE);
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'network' });
    expect(entra.launches).toHaveLength(1);
    expect(stored(storage)).toBeDefined();
    entra.state.refreshFailure = null;
    expect(await manager.getAccessToken()).toEqual(expect.any(String));
  });

  it('a refreshed token without MFA is refused and the session ends', async () => {
    const { manager, advance, entra, storage } = setup();
    await manager.signIn();
    entra.state.mfa = false;
    advance(60 * MINUTE);
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'mfa-required' });
    expect(storage.data.size).toBe(0);
  });

  it('invalidate() after a 401 makes the next call renew; a stale token does not invalidate a newer one', async () => {
    const { manager, grants } = setup();
    await manager.signIn();
    const first = await manager.getAccessToken();
    await manager.invalidate(first);
    const second = await manager.getAccessToken();
    expect(second).not.toBe(first);
    await manager.invalidate(first);
    expect(await manager.getAccessToken()).toBe(second);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('survives a service-worker restart through the session area', async () => {
    const { manager, make, grants } = setup();
    await manager.signIn();
    const token = await manager.getAccessToken();
    const restarted = make();
    expect(await restarted.getAccessToken()).toBe(token);
    expect((await restarted.getAccount())?.objectId).toBe(PERSON.oid);
    expect(grants()).toEqual(['authorization_code']);
  });

  it('a change of tenant, app or authority ends the session', async () => {
    const { manager, setSettings, storage } = setup();
    await manager.signIn();
    setSettings({ ...SETTINGS, delegatedClientId: '0f0f0f0f-0000-4000-8000-00000000c1d2' });
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'interaction-required' });
    expect(storage.data.size).toBe(0);
  });
});

describe('token manager: sign-out', () => {
  it('clears memory and the session area, and says so', async () => {
    const { manager, storage } = setup();
    const changes: unknown[] = [];
    manager.onChange((account) => changes.push(account?.username ?? null));
    await manager.signIn();
    await manager.signOut();
    expect(storage.data.size).toBe(0);
    expect(await manager.getAccount()).toBeNull();
    await expect(manager.getAccessToken()).rejects.toMatchObject({ reason: 'interaction-required' });
    expect(changes).toEqual([PERSON.preferred_username, null]);
  });

  it('a refresh still running when the person signs out does not bring the session back', async () => {
    const { manager, advance, storage, entra } = setup();
    await manager.signIn();
    advance(60 * MINUTE);
    let release = () => {};
    entra.state.gate = new Promise<void>((resolve) => (release = resolve));
    const pending = manager.getAccessToken();
    await vi.waitFor(() => expect(entra.tokenCalls).toHaveLength(2));
    await manager.signOut();
    release();
    await expect(pending).rejects.toMatchObject({ reason: 'interaction-required' });
    expect(storage.data.size).toBe(0);
    expect(await manager.getAccount()).toBeNull();
  });

  it('a listener can stop listening', async () => {
    const { manager } = setup();
    const changes: unknown[] = [];
    const stop = manager.onChange((account) => changes.push(account));
    stop();
    await manager.signIn();
    expect(changes).toEqual([]);
  });
});
