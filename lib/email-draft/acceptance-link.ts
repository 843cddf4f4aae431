// Whether the acceptance-link email can be drafted for a customer: only with Microsoft's link of an attestation that still
// waits for its signer. The draft is then filled from the attestation as it was sent, so that nothing is typed.
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import type { InvitationLocale } from '../email/invitations';
import { defaultLocale } from './defaults';
import type { DraftValues } from './fields';

/** What the offer needs of a tracked attestation (see lib/records/types.ts). */
export interface TrackedLinkLike {
  attestationId: string;
  tenantId: string;
  companyName: string;
  country: string;
  language: string;
  signer: { firstName: string; lastName: string; email: string };
  state: string;
  acceptanceUrl: string;
  linkExpiresAt: string;
}

/** `none`: no attestation with a link; `expired`: its link expired unaccepted; `finished`: it no longer waits for the signer. */
export type AcceptanceLinkUnavailable = 'none' | 'expired' | 'finished';

export type AcceptanceLinkOffer =
  | { available: true; attestationId: string; values: DraftValues; locale: InvitationLocale }
  | { available: false; reason: AcceptanceLinkUnavailable };

const expiryOf = (tracked: TrackedLinkLike) => parsePartnerCenterDate(tracked.linkExpiresAt);

const isLive = (tracked: TrackedLinkLike, now: Date) => tracked.state === 'link-sent' && (expiryOf(tracked) ?? 0) > now.getTime();

function valuesOf(tracked: TrackedLinkLike, expiresAt: number): DraftValues {
  return {
    'customer.companyName': tracked.companyName,
    'customer.country': tracked.country,
    'customer.tenantId': tracked.tenantId,
    'signer.firstName': tracked.signer.firstName,
    'signer.lastName': tracked.signer.lastName,
    'signer.email': tracked.signer.email,
    'acceptance.url': tracked.acceptanceUrl,
    // Partner Center's instants may come without a zone (they are UTC): the email wants an ISO instant.
    'acceptance.expiresAt': new Date(expiresAt).toISOString(),
  };
}

/**
 * The customer's attestations, newest first: the newest whose link still waits for the signer, filled in; else why there is
 * none, as the newest attestation says.
 */
export function acceptanceLinkOffer(attestations: readonly TrackedLinkLike[], now: Date): AcceptanceLinkOffer {
  const live = attestations.find((tracked) => isLive(tracked, now));
  if (live) {
    return {
      available: true,
      attestationId: live.attestationId,
      values: valuesOf(live, expiryOf(live) ?? 0),
      locale: defaultLocale({ customer: { language: live.language, country: live.country } }),
    };
  }
  const newest = attestations[0];
  if (!newest) return { available: false, reason: 'none' };
  return { available: false, reason: newest.state === 'expired' || newest.state === 'link-sent' ? 'expired' : 'finished' };
}
