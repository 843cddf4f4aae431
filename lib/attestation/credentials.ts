import type * as AppCredentialModule from '../auth/app-credential';
import type { AppCredentialKeyStore } from '../auth/app-credential';
import { byRelevance, credentialSummary, type CredentialSummary } from './certificate';

export type CredentialModule = Pick<
  typeof AppCredentialModule,
  'createAppCredential' | 'rotateAppCredential' | 'deleteAppCredential'
>;

/**
 * The application credential as pages may handle it: summaries out, operations in. The module that makes certificates is
 * large, so it is loaded only when an operation needs it.
 */
export function createCredentialOperations(
  store: AppCredentialKeyStore,
  loadModule: () => Promise<CredentialModule>,
  onChange: () => void,
) {
  const changed = <T>(result: T): T => (onChange(), result);
  return {
    list: async (): Promise<CredentialSummary[]> =>
      (await Promise.all((await store.list()).map(credentialSummary))).sort(byRelevance),
    hasActive: async (): Promise<boolean> => (await store.list()).some((credential) => credential.state === 'active'),
    create: async (): Promise<CredentialSummary> =>
      credentialSummary(changed(await (await loadModule()).createAppCredential(store))),
    rotate: async (): Promise<CredentialSummary> =>
      credentialSummary(changed(await (await loadModule()).rotateAppCredential(store))),
    remove: async (id: string): Promise<void> => changed(await (await loadModule()).deleteAppCredential(store, id)),
  };
}
