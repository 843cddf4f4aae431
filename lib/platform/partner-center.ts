import { createTokenManager } from '../auth/token-manager';
import { createPartnerCenterClient, type PartnerCenterClient } from '../partner-center/client';
import { settingsStore } from './settings';

/** The delegated session: tokens in memory and `storage.session` only, renewed in the background. */
export const tokens = createTokenManager({
  storage: browser.storage.session,
  fetch: (input, init) => fetch(input, init),
  launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
  redirectUri: browser.identity.getRedirectURL(),
  settings: () => settingsStore.load(),
});

let current: { key: string; client: PartnerCenterClient } | null = null;

/** The API client for the configured Partner Center, made anew when its address or the UI language changes. */
export async function partnerCenterClient(locale: string): Promise<PartnerCenterClient> {
  const { apiBaseUrl, apiRequestsPerMinute } = await settingsStore.load();
  const key = `${apiBaseUrl} ${locale} ${apiRequestsPerMinute}`;
  if (current?.key !== key) {
    current = {
      key,
      client: createPartnerCenterClient({
        baseUrl: apiBaseUrl,
        getAccessToken: () => tokens.getAccessToken(),
        onUnauthorized: (token) => tokens.invalidate(token),
        locale: locale === 'fr' ? 'fr-FR' : 'en-US',
        rateLimit: { limit: apiRequestsPerMinute, windowMs: 60_000 },
      }),
    };
  }
  return current.client;
}
