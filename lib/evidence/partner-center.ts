// Partner Center answers turned into evidence pieces and customer fields.
import type { AgreementContact, AgreementRecord } from '../mca/types';
import {
  MICROSOFT_CUSTOMER_AGREEMENT,
  epochToIsoDate,
  formatPartnerCenterDate,
  type Agreement,
  type Contact,
  type Customer,
  type CustomerAgreementRecord,
  type DirectSignStatus,
} from '../partner-center/schemas';
import { tenantKey } from '../tenant/tenant-id';
import type { EvidencePiece } from './combine';

function contactOf(contact: Partial<Contact> | null | undefined): AgreementContact | undefined {
  if (!contact) return undefined;
  const fields = Object.entries(contact).filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  return fields.length > 0 ? Object.fromEntries(fields) : undefined;
}

export function agreementRecordOf(agreement: Agreement): AgreementRecord {
  const contact = contactOf(agreement.primaryContact);
  return { type: agreement.type, dateAgreed: agreement.dateAgreed, ...(contact && { primaryContact: contact }) };
}

/** Both answers of the per-customer check, as one piece: the agreements and the direct-signing status. */
export function evidenceFromApi(
  tenantId: string,
  agreements: readonly Agreement[],
  direct: DirectSignStatus,
  observedAt: string,
): EvidencePiece {
  return {
    tenantId: tenantKey(tenantId),
    source: 'api',
    observedAt,
    agreements: agreements.map(agreementRecordOf),
    directAcceptance: direct.isSigned,
  };
}

/**
 * The bulk feed's record (docs/partner-center-api.md §2.8, undocumented) as evidence. Assumed meaning, kept here only: the record describes the
 * customer's last MCA event; `partnerAttestationCompleted` says it was a partner attestation (dated, with its signer),
 * otherwise a dated record is the customer's direct acceptance; no date means neither has happened.
 */
export function evidenceFromFeed(record: CustomerAgreementRecord, observedAt: string): EvidencePiece {
  const tenantId = tenantKey(record.customerTenantId);
  const iso = epochToIsoDate(record.lastAgreementDateEpoch);
  if (iso === null) return { tenantId, source: 'bulk-feed', observedAt, agreements: [], directAcceptance: false };
  if (!record.partnerAttestationCompleted) return { tenantId, source: 'bulk-feed', observedAt, directAcceptance: true };
  const contact = contactOf(record.lastAgreementPrimaryContact);
  const agreement: AgreementRecord = {
    type: MICROSOFT_CUSTOMER_AGREEMENT,
    dateAgreed: formatPartnerCenterDate(new Date(iso)),
    ...(contact && { primaryContact: contact }),
  };
  return { tenantId, source: 'bulk-feed', observedAt, agreements: [agreement] };
}

/** A customer's fields as the customer list (or, with the billing profile, the customer's own read) gives them, for its record. */
export interface CustomerFields {
  companyName: string;
  domain: string;
  country?: string;
  language?: string;
  contactName?: string;
  contactEmail?: string;
}

export function customerFieldsOf(customer: Customer): CustomerFields {
  const billing = customer.billingProfile;
  const address = billing?.defaultAddress ?? customer.companyProfile.address;
  const language = billing?.culture ?? billing?.language;
  const contactName = [billing?.firstName, billing?.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return {
    companyName: customer.companyProfile.companyName,
    domain: customer.companyProfile.domain,
    ...(address?.country && { country: address.country.toUpperCase() }),
    ...(language && { language }),
    ...(contactName && { contactName }),
    ...(billing?.email && { contactEmail: billing.email }),
  };
}
