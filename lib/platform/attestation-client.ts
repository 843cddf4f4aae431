import type { AppOnlySettings } from '../auth/app-credential';
import type { AttestationClient } from '../attestation/service';
import { createPartnerCenterClient } from '../partner-center/client';
import { createIndexedDbKeyStore } from './app-credential-store';
import { partnerTenantLimiter, tokens } from './partner-center';
import { settingsStore } from './settings';

/** Imported only when a credential or attestation operation is asked: it carries the certificate library. */
export const loadCredentialModule = () => import('../auth/app-credential');

export const appCredentialKeys = createIndexedDbKeyStore();

type TokenSource = { getToken(): Promise<string>; invalidate(token?: string): void };
let tokenSource: Promise<TokenSource> | null = null;

function appOnlyTokens(): Promise<TokenSource> {
  tokenSource ??= loadCredentialModule().then((module) =>
    module.createAppOnlyTokenSource({
      fetch: (input, init) => fetch(input, init),
      store: appCredentialKeys,
      settings: async (): Promise<AppOnlySettings> => settingsStore.load(),
    }),
  );
  return tokenSource;
}

/** The app-only token is forgotten when the credential or the settings it was made with change. */
export function forgetAppOnlyToken(): void {
  void tokenSource?.then((source) => source.invalidate());
}

/**
 * A short Retry-After is waited out; a longer one is reported at once with its wait, since the partner is watching the
 * panel (the background's reads keep the client's usual patience).
 */
const ATTESTATION_MAX_RETRY_AFTER_SECONDS = 10;

/** The client of the enhanced attestation calls, with the app-only token, for the configured address and language. */
export async function attestationClient(locale: string): Promise<AttestationClient> {
  const settings = await settingsStore.load();
  return createPartnerCenterClient({
    baseUrl: settings.apiBaseUrl,
    rateLimiter: partnerTenantLimiter(settings),
    getAccessToken: () => tokens.getAccessToken(),
    getAppOnlyToken: async () => (await appOnlyTokens()).getToken(),
    onAppOnlyUnauthorized: async (token) => (await appOnlyTokens()).invalidate(token),
    locale: locale === 'fr' ? 'fr-FR' : 'en-US',
    retry: { maxRetryAfterSeconds: ATTESTATION_MAX_RETRY_AFTER_SECONDS },
  });
}
