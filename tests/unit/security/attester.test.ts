// Who may attest is the token manager's state asked each time, never a flag: signed out, or a session that cannot be renewed,
// is nobody.
import { describe, expect, it } from 'vitest';
import { createMemorySessionArea } from '@/lib/auth/session';
import { createTokenManager } from '@/lib/auth/token-manager';
import { AUTHORITY, CLIENT_ID, fakeEntra, PERSON, REDIRECT_URI, TENANT } from '../auth/fake-entra';

function manager() {
  const entra = fakeEntra();
  let time = 1_000_000;
  const tokens = createTokenManager({
    storage: createMemorySessionArea(),
    fetch: entra.fetch,
    launchWebAuthFlow: entra.launchWebAuthFlow,
    redirectUri: REDIRECT_URI,
    settings: () => ({
      apiBaseUrl: 'https://api.partnercenter.microsoft.com',
      signInAuthority: AUTHORITY,
      partnerTenant: TENANT,
      delegatedClientId: CLIENT_ID,
    }),
    now: () => time,
  });
  return { tokens, entra, advance: (ms: number) => void (time += ms) };
}

describe('an attestation attempted by nobody signed in', () => {
  it('finds nobody before sign-in', async () => {
    expect(await manager().tokens.currentPerson()).toBeNull();
  });

  it('finds the signed-in person, then nobody at once after sign-out', async () => {
    const { tokens } = manager();
    await tokens.signIn();
    expect(await tokens.currentPerson()).toMatchObject({
      name: PERSON.name,
      username: PERSON.preferred_username,
      objectId: PERSON.oid,
    });
    await tokens.signOut();
    expect(await tokens.currentPerson()).toBeNull();
  });

  it('finds nobody when the session has ended and cannot be renewed silently', async () => {
    const { tokens, entra, advance } = manager();
    await tokens.signIn();
    entra.state.refreshFailure = 'invalid_grant';
    entra.state.silent = 'login_required';
    advance(2 * 3600_000);
    expect(await tokens.currentPerson()).toBeNull();
  });
});
