// Apart from app-credential.ts so that the key store can use it without loading the certificate library.
import type { AppCredential } from './app-credential';

/** What a key store's `makeActive` writes: the new credential active, every other active one demoted to `previous`. */
export function afterActivation(existing: readonly AppCredential[], credential: AppCredential): AppCredential[] {
  const demoted = existing
    .filter((known) => known.state === 'active' && known.id !== credential.id)
    .map((known) => ({ ...known, state: 'previous' as const }));
  return [...demoted, { ...credential, state: 'active' }];
}
