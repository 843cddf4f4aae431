import { createTokenManager } from '../auth/token-manager';
import { createPartnerCenterClient, type PartnerCenterClient } from '../partner-center/client';
import { createTenantLimiters, type RateLimiter } from '../partner-center/rate-limiter';
import type { Settings } from '../settings/schema';
import { settingsStore } from './settings';
import { signInRedirectUri } from './this-extension';

/** The delegated session: tokens in memory and `storage.session` only, renewed in the background. */
export const tokens = createTokenManager({
  storage: browser.storage.session,
  fetch: (input, init) => fetch(input, init),
  launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
  redirectUri: signInRedirectUri(),
  settings: () => settingsStore.load(),
});

const tenantLimiters = createTenantLimiters({ now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });

/** The configured partner tenant's one limiter, which every client of the background shares (the audit paces itself under it). */
export function partnerTenantLimiter(settings: Pick<Settings, 'partnerTenant' | 'apiRequestsPerMinute'>): RateLimiter {
  return tenantLimiters.of(settings.partnerTenant, { limit: settings.apiRequestsPerMinute, windowMs: 60_000 });
}

const clients = new Map<string, PartnerCenterClient>();

/**
 * The API client for the configured Partner Center, made anew when its address, rate or the UI language changes. The bulk
 * audit's client does not retry failed calls itself: the audit tries failed customers again at the end, and a retry's wait
 * would hold one of its few places in flight.
 */
export async function partnerCenterClient(
  locale: string,
  use: 'interactive' | 'audit' = 'interactive',
): Promise<PartnerCenterClient> {
  const settings = await settingsStore.load();
  const { apiBaseUrl, apiRequestsPerMinute, partnerTenant } = settings;
  const key = `${apiBaseUrl} ${partnerTenant} ${locale} ${apiRequestsPerMinute} ${use}`;
  let client = clients.get(key);
  if (!client) {
    client = createPartnerCenterClient({
      baseUrl: apiBaseUrl,
      getAccessToken: () => tokens.getAccessToken(),
      onUnauthorized: (token) => tokens.invalidate(token),
      locale: locale === 'fr' ? 'fr-FR' : 'en-US',
      rateLimiter: partnerTenantLimiter(settings),
      ...(use === 'audit' && { retry: { maxRetries: 0 } }),
    });
    // Clients for an address, tenant or rate no longer set are dropped; the two uses of the current ones are kept side by side.
    const current = `${apiBaseUrl} ${partnerTenant} `;
    for (const old of clients.keys())
      if (!old.startsWith(current) || !old.includes(` ${apiRequestsPerMinute} `)) clients.delete(old);
    clients.set(key, client);
  }
  return client;
}
