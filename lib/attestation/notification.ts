// What the browser notification says when the watcher moved an attestation, and which customer a click on it is about.
import type { AppMessageKey } from '../i18n';
import type { TrackedAttestationState } from '../records/types';
import type { WatchChange } from './watcher';

export interface AttestationNotice {
  id: string;
  titleKey: AppMessageKey;
  messageKey: AppMessageKey;
  params: { customer: string; signer: string };
}

const NOTICES: Partial<Record<TrackedAttestationState, { titleKey: AppMessageKey; messageKey: AppMessageKey }>> = {
  accepted: { titleKey: 'attestation.notifications.acceptedTitle', messageKey: 'attestation.notifications.accepted' },
  'agreement-created': {
    titleKey: 'attestation.notifications.agreementCreatedTitle',
    messageKey: 'attestation.notifications.agreementCreated',
  },
  expired: { titleKey: 'attestation.notifications.expiredTitle', messageKey: 'attestation.notifications.expired' },
};

const PREFIX = 'mca-attestation';

/** The notice for a change, or null for a change nobody needs to hear about (a failure shows in the panel and dashboard). */
export function noticeFor({ attestation }: WatchChange): AttestationNotice | null {
  const notice = NOTICES[attestation.state];
  if (!notice) return null;
  const signer = `${attestation.signer.firstName} ${attestation.signer.lastName}`.trim();
  return {
    id: [PREFIX, attestation.state, attestation.tenantId, attestation.attestationId].join(' '),
    ...notice,
    params: { customer: attestation.companyName, signer },
  };
}

/** The customer a notification of ours is about; null for any other id. */
export function tenantOfNotice(id: string): string | null {
  const [prefix, , tenantId, attestationId, ...rest] = id.split(' ');
  return prefix === PREFIX && tenantId && attestationId && rest.length === 0 ? tenantId : null;
}
