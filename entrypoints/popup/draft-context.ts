import type { DraftContext } from '@/components/popup/types';
import { acceptanceLinkOffer, type TrackedLinkLike } from '@/lib/email-draft/acceptance-link';
import { draftDefaults, type DraftSettings } from '@/lib/email-draft/defaults';
import { preselectKind } from '@/lib/email-draft/preselect';
import { isGuid } from '@/lib/tenant/tenant-id';
import { sendMessage } from '@/lib/messaging';
import { detectPage } from '@/lib/partner-center/pages';
import { partnerCenterOrigins } from '@/lib/config/build';
import { settingsStore } from '@/lib/platform/settings';
import { activeTabUrl } from '@/lib/platform/tabs';

// The background answers from local records, usually in milliseconds but slower when its worker has to start; past this
// the form opens empty rather than wait.
const LOOKUP_TIMEOUT_MS = 10_000;

function withinTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('No answer from the background')), LOOKUP_TIMEOUT_MS)),
  ]);
}

/** The customer named in the URL (`?tenantId=`, when the page was opened for one), else the one of the Partner Center tab. */
async function customerTenantId(query: URLSearchParams): Promise<string | undefined> {
  const fromQuery = query.get('tenantId')?.trim().toLowerCase();
  if (fromQuery && isGuid(fromQuery)) return fromQuery;
  const url = await activeTabUrl();
  return url ? detectPage(url, { origins: partnerCenterOrigins(url) })?.customerId : undefined;
}

/** The attestation named in the URL (`?attestation=`, from the panel or the dashboard), else the customer's, newest first. */
async function trackedAttestations(query: URLSearchParams, tenantId: string | undefined): Promise<TrackedLinkLike[]> {
  const attestationId = query.get('attestation');
  if (attestationId) {
    const { attestation } = await sendMessage('getTrackedAttestation', { attestationId });
    return attestation ? [attestation] : [];
  }
  return tenantId ? (await sendMessage('listTrackedAttestations', { tenantId })).attestations : [];
}

/** Everything the form starts from; what cannot be read is left for the partner to type. */
export async function loadDraftContext(query: URLSearchParams): Promise<DraftContext> {
  const lookup = <T>(promise: Promise<T>) =>
    withinTimeout(promise).then(
      (value) => ({ value }),
      () => ({ value: undefined, failed: true }),
    );
  const named = await customerTenantId(query);
  const tracked = await lookup(trackedAttestations(query, named));
  const acceptanceLink = acceptanceLinkOffer(tracked.value ?? [], new Date());
  // An attestation names its customer: the draft is about that one, whatever tab is active.
  const tenantId = acceptanceLink.available ? acceptanceLink.values['customer.tenantId'] : named;
  const [settings, status, record] = await Promise.all([
    settingsStore.load().then(
      (loaded): DraftSettings => loaded,
      () => undefined,
    ),
    tenantId ? lookup(sendMessage('getCustomerStatus', { tenantId, localOnly: true })) : undefined,
    tenantId ? lookup(sendMessage('getCustomerRecord', { tenantId })) : undefined,
  ]);
  const assessment = status?.value?.assessment;
  const defaults = draftDefaults({
    tenantId,
    customer: record?.value?.customer,
    contact: assessment?.latestAgreement?.primaryContact,
    settings,
  });
  const kind = preselectKind({
    requested: query.get('kind') ?? (query.has('attestation') ? 'acceptance-link' : null),
    assessment,
    partnerRole: settings?.partnerRole as string | undefined,
    acceptanceLinkAvailable: acceptanceLink.available,
  });
  const onAcceptanceLink = kind === 'acceptance-link' && acceptanceLink.available;
  return {
    ...defaults,
    // The attestation's own details come first on its email; elsewhere they only fill what the records do not know.
    ...(acceptanceLink.available && {
      values: onAcceptanceLink
        ? { ...defaults.values, ...acceptanceLink.values }
        : { ...acceptanceLink.values, ...defaults.values },
    }),
    ...(onAcceptanceLink && { locale: acceptanceLink.locale }),
    kind,
    acceptanceLink,
    ...(assessment && { status: assessment.status }),
    lookupFailed: Boolean('failed' in tracked || (status && 'failed' in status) || (record && 'failed' in record)),
  };
}
