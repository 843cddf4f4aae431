// The delegated (App+User) session: tokens in memory and the injected `storage.session`, renewed before they expire,
// one renewal shared by every caller. A background call never opens a window: when the refresh token and a silent
// sign-in both fail, it reports that the person must sign in.
import type { Settings } from '../settings/schema';
import { isGuid } from '../tenant/tenant-id';
import {
  accountFromClaims,
  assertMfa,
  assertPartnerCenterAudience,
  assertPartnerTenant,
  readClaims,
  type SignedInAccount,
} from './claims';
import { DELEGATED_SCOPES, entraEndpoints } from './endpoints';
import { AuthError, isAuthError } from './errors';
import type { RandomBytes } from './pkce';
import { createSessionVault, type SessionAreaLike, type StoredSession } from './session';
import { redeemRefreshToken, type FetchLike, type TokenResponse } from './token-endpoint';
import { runAuthorizationFlow, type DelegatedAppConfig, type LaunchWebAuthFlow } from './web-auth-flow';

export type DelegatedSettings = Pick<Settings, 'apiBaseUrl' | 'signInAuthority' | 'partnerTenant' | 'delegatedClientId'>;

export interface TokenManagerOptions {
  storage: SessionAreaLike;
  fetch: FetchLike;
  launchWebAuthFlow: LaunchWebAuthFlow;
  /** `identity.getRedirectURL()`, registered as a single-page-application redirect. */
  redirectUri: string;
  settings: () => DelegatedSettings | Promise<DelegatedSettings>;
  now?: () => number;
  /** How long before expiry a token is renewed. */
  refreshMarginMs?: number;
  random?: RandomBytes;
}

export interface SignInOptions {
  loginHint?: string;
  prompt?: 'login' | 'select_account' | 'consent';
}

/** Failures after which a silent sign-in may still succeed. */
const REFRESH_DEAD_ENDS = ['refresh-expired', 'interaction-required', 'consent-required', 'sign-in-refused'] as const;

type Config = DelegatedAppConfig & { key: string };

export function createTokenManager(options: TokenManagerOptions) {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const vault = createSessionVault(options.storage);
  const listeners = new Set<(account: SignedInAccount | null) => void>();
  let cached: StoredSession | null | undefined;
  let renewal: Promise<string> | null = null;
  // Bumped by sign-out: a renewal that started before it must not bring the session back.
  let generation = 0;

  const notify = (account: SignedInAccount | null) => listeners.forEach((listener) => listener(account));

  async function readConfig(): Promise<Config> {
    const settings = await options.settings();
    if (!settings.partnerTenant || !settings.delegatedClientId) throw new AuthError('not-configured');
    const app = {
      authority: settings.signInAuthority,
      tenant: settings.partnerTenant,
      clientId: settings.delegatedClientId,
      redirectUri: options.redirectUri,
    };
    // The token belongs to this API, authority, tenant and app: changing any of them signs out, so a token never follows
    // a settings change to another address.
    return { ...app, key: [settings.apiBaseUrl, app.authority, app.tenant, app.clientId].join(' ') };
  }

  async function drop(): Promise<void> {
    const hadSession = cached !== null;
    cached = null;
    await vault.clear();
    if (hadSession) notify(null);
  }

  async function load(key: string): Promise<void> {
    if (cached === undefined) cached = await vault.read();
    if (cached && cached.configKey !== key) await drop();
  }

  async function keep(tokens: TokenResponse, config: Config, since: number, previous?: StoredSession): Promise<StoredSession> {
    const accessClaims = readClaims(tokens.access_token);
    assertPartnerCenterAudience(accessClaims);
    assertPartnerTenant(accessClaims, isGuid(config.tenant) ? config.tenant : previous?.account.tenantId);
    assertMfa(accessClaims);
    const account = accountFromClaims(tokens.id_token ? readClaims(tokens.id_token) : undefined, accessClaims);
    if (since !== generation) throw new AuthError('interaction-required');
    const refreshToken = tokens.refresh_token ?? previous?.refreshToken;
    cached = {
      configKey: config.key,
      accessToken: tokens.access_token,
      accessExpiresAt: now() + tokens.expires_in * 1000,
      ...(refreshToken ? { refreshToken } : {}),
      account,
    };
    await vault.write(cached);
    notify(account);
    return cached;
  }

  async function refresh(config: Config, current: StoredSession, since: number): Promise<string | null> {
    if (!current.refreshToken) return null;
    try {
      const tokens = await redeemRefreshToken(options.fetch, {
        tokenUrl: entraEndpoints(config.authority, config.tenant).token,
        clientId: config.clientId,
        refreshToken: current.refreshToken,
        scopes: DELEGATED_SCOPES,
      });
      return (await keep(tokens, config, since, current)).accessToken;
    } catch (error) {
      if (isAuthError(error, ...REFRESH_DEAD_ENDS)) return null;
      if (isAuthError(error, 'mfa-required', 'wrong-tenant', 'wrong-audience')) await drop();
      throw error;
    }
  }

  async function silentSignIn(config: Config, current: StoredSession, since: number): Promise<string> {
    try {
      const tokens = await runAuthorizationFlow(config, {
        launchWebAuthFlow: options.launchWebAuthFlow,
        fetch: options.fetch,
        interactive: false,
        prompt: 'none',
        loginHint: current.account.username,
        ...(options.random ? { random: options.random } : {}),
      });
      return (await keep(tokens, config, since, current)).accessToken;
    } catch (error) {
      // Offline: the session may still be saved once the network is back.
      if (isAuthError(error, 'network')) throw error;
      if (since === generation) await drop();
      throw isAuthError(error, 'mfa-required', 'wrong-tenant', 'wrong-audience') ? error : new AuthError('interaction-required');
    }
  }

  async function renew(config: Config, current: StoredSession): Promise<string> {
    const since = generation;
    return (await refresh(config, current, since)) ?? silentSignIn(config, current, since);
  }

  return {
    /** A valid access token for Partner Center; throws `AuthError` (`interaction-required` when the person must sign in). */
    async getAccessToken(): Promise<string> {
      const config = await readConfig();
      await load(config.key);
      if (renewal) return renewal;
      const current = cached;
      if (!current) throw new AuthError('interaction-required');
      if (current.accessExpiresAt - margin > now()) return current.accessToken;
      renewal = renew(config, current).finally(() => {
        renewal = null;
      });
      return renewal;
    },

    /** Interactive sign-in; call it only from a user's action (it opens the sign-in window). */
    async signIn(signIn: SignInOptions = {}): Promise<SignedInAccount> {
      const config = await readConfig();
      const since = generation;
      const tokens = await runAuthorizationFlow(config, {
        launchWebAuthFlow: options.launchWebAuthFlow,
        fetch: options.fetch,
        interactive: true,
        ...(signIn.prompt ? { prompt: signIn.prompt } : {}),
        ...(signIn.loginHint ? { loginHint: signIn.loginHint } : {}),
        ...(options.random ? { random: options.random } : {}),
      });
      return (await keep(tokens, config, since)).account;
    },

    async signOut(): Promise<void> {
      generation += 1;
      renewal = null;
      await drop();
    },

    /** After a 401: the token is no longer trusted and the next `getAccessToken` renews it. */
    async invalidate(token?: string): Promise<void> {
      if (cached === undefined) cached = await vault.read();
      if (!cached || (token !== undefined && token !== cached.accessToken)) return;
      cached = { ...cached, accessExpiresAt: 0 };
      await vault.write(cached);
    },

    /**
     * Who is signed in now with a valid MFA token of the partner tenant, renewing it if needed; null when nobody is (signed
     * out, or the session could not be renewed). What a legal statement in the partner's name requires, asked each time.
     */
    async currentPerson(): Promise<SignedInAccount | null> {
      try {
        await this.getAccessToken();
      } catch {
        return null;
      }
      return cached?.account ?? null;
    },

    async getAccount(): Promise<SignedInAccount | null> {
      try {
        await load((await readConfig()).key);
      } catch {
        return null;
      }
      return cached?.account ?? null;
    },

    onChange(listener: (account: SignedInAccount | null) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type TokenManager = ReturnType<typeof createTokenManager>;
