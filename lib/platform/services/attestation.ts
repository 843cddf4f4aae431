import { createCredentialOperations } from '@/lib/attestation/credentials';
import { SIGN_IN_REQUIRED } from '@/lib/attestation/refusal';
import { createAttestationService } from '@/lib/attestation/service';
import { appTranslator } from '@/lib/i18n';
import { resolveUiLocale } from '@/lib/i18n/locale';
import { broadcast, handleMessage, type HandlerContext } from '@/lib/messaging';
import type { Failure } from '@/lib/failure/failure';
import { newGuid } from '@/lib/partner-center/request-id';
import { startAttestationWatch } from '../attestation-watch';
import { appCredentialKeys, attestationClient, forgetAppOnlyToken, loadCredentialModule } from '../attestation-client';
import { partnerCenterClient, tokens } from '../partner-center';
import { recordsDb } from '../records';
import { settingsStore } from '../settings';

/** Runs a credential operation; its failures are local (no IndexedDB, a refused key generation) and said so. */
async function outcome<T extends object>(work: () => Promise<T>): Promise<({ ok: true } & T) | { ok: false; error: Failure }> {
  try {
    return { ok: true as const, ...(await work()) };
  } catch (error) {
    const code = error instanceof Error || error instanceof DOMException ? error.name : 'unknown';
    return { ok: false as const, error: { messageKey: 'attestation.errors.keyStore', retryable: true, code } };
  }
}

/** The member of staff signed in now (delegated, MFA, partner tenant): the token manager's state, renewed if need be. */
async function attester() {
  const person = await tokens.currentPerson();
  return person ? { name: person.name, upn: person.username, objectId: person.objectId } : null;
}

/** Creating, rotating or deleting the key that attests in the partner's name needs a signed-in person too. */
async function signedInOutcome<T extends object>(work: () => Promise<T>) {
  if (!(await attester())) return { ok: false as const, error: SIGN_IN_REQUIRED };
  return outcome(work);
}

export function registerAttestationService(context: HandlerContext): void {
  const uiLocale = async () => resolveUiLocale((await settingsStore.load()).uiLanguage, navigator.languages);
  const credentials = createCredentialOperations(appCredentialKeys, loadCredentialModule, forgetAppOnlyToken);
  settingsStore.watch(forgetAppOnlyToken);

  const attestation = createAttestationService({
    settings: () => settingsStore.load(),
    attester,
    hasCredential: credentials.hasActive,
    attestationClient: async () => attestationClient(await uiLocale()),
    customerReader: async () => ((await tokens.getAccount()) ? partnerCenterClient(await uiLocale()) : null),
    openDb: recordsDb,
    now: () => new Date(),
    newId: newGuid,
    onStatusChanged: (tenantId) => {
      broadcast('statusChanged', { tenantId });
      void watch.refreshBadge();
    },
  });
  const watch = startAttestationWatch({
    service: attestation,
    settings: () => settingsStore.load(),
    translator: async () => appTranslator(await uiLocale()),
  });

  handleMessage('listAppCredentials', context, () => outcome(async () => ({ credentials: await credentials.list() })));
  handleMessage('createAppCredential', context, () => signedInOutcome(async () => ({ credential: await credentials.create() })));
  handleMessage('rotateAppCredential', context, () => signedInOutcome(async () => ({ credential: await credentials.rotate() })));
  handleMessage('deleteAppCredential', context, ({ id }) => signedInOutcome(async () => (await credentials.remove(id), {})));

  handleMessage('prepareAttestation', context, ({ tenantId }) => attestation.prepare(tenantId));
  handleMessage('startAttestation', context, (input) => attestation.start(input));
  handleMessage('getAttestationStatus', context, ({ attestationId }) => attestation.status(attestationId));
  handleMessage('completeAttestation', context, ({ tenantId, attestationId }) => attestation.complete(tenantId, attestationId));
  handleMessage('getAttestationHistory', context, async ({ tenantId }) => ({
    attestations: await attestation.history(tenantId),
  }));
  handleMessage('listTrackedAttestations', context, async (query) => ({ attestations: await attestation.tracked(query) }));
}
