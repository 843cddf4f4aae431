import { createTokenManager } from '../auth/token-manager';
import { createPartnerCenterClient, type PartnerCenterClient } from '../partner-center/client';
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

const clients = new Map<string, PartnerCenterClient>();

/**
 * The API client for the configured Partner Center, made anew when its address, rate or the UI language changes. The bulk
 * audit's client does not retry failed calls itself: the audit tries failed customers again at the end, and a retry's wait
 * would hold one of its few places in flight.
 */
export async function partnerCenterClient(locale: string, use: 'interactive' | 'audit' = 'interactive'): Promise<PartnerCenterClient> {
  const { apiBaseUrl, apiRequestsPerMinute } = await settingsStore.load();
  const key = `${apiBaseUrl} ${locale} ${apiRequestsPerMinute} ${use}`;
  let client = clients.get(key);
  if (!client) {
    client = createPartnerCenterClient({
      baseUrl: apiBaseUrl,
      getAccessToken: () => tokens.getAccessToken(),
      onUnauthorized: (token) => tokens.invalidate(token),
      locale: locale === 'fr' ? 'fr-FR' : 'en-US',
      rateLimit: { limit: apiRequestsPerMinute, windowMs: 60_000 },
      ...(use === 'audit' && { retry: { maxRetries: 0 } }),
    });
    // Clients for an address or rate no longer set are dropped; the two uses of the current ones are kept side by side.
    for (const old of clients.keys()) if (!old.startsWith(`${apiBaseUrl} `) || !old.includes(` ${apiRequestsPerMinute} `)) clients.delete(old);
    clients.set(key, client);
  }
  return client;
}
