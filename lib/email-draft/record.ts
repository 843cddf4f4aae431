import type { InvitationKind, InvitationLocale } from '../email/invitations';
import { isGuid } from '../tenant/tenant-id';
import type { DraftValues } from './fields';

export type DraftOutlet = 'mailto' | 'copy' | 'eml';

export interface DraftRecord {
  tenantId?: string;
  companyName?: string;
  kind: InvitationKind;
  locale: InvitationLocale;
  via: DraftOutlet;
  at: string;
  /** For the acceptance link: the attestation whose link was drafted to the signer. */
  attestationId?: string;
}

const COMPANY_NAME_MAX = 256;

/** The trace an email leaves in the local records: who, which kind, which language, how, when. Never any text of the email. */
export function draftRecord(
  kind: InvitationKind,
  locale: InvitationLocale,
  values: DraftValues,
  via: DraftOutlet,
  at: Date,
  attestationId?: string,
): DraftRecord {
  const tenantId = values['customer.tenantId']?.trim().toLowerCase();
  const companyName = values['customer.companyName']?.trim().slice(0, COMPANY_NAME_MAX);
  return {
    ...(tenantId && isGuid(tenantId) && { tenantId }),
    ...(companyName && { companyName }),
    kind,
    locale,
    via,
    at: at.toISOString(),
    ...(kind === 'acceptance-link' && attestationId && { attestationId }),
  };
}
