// Turning stored agreements into API resources, and Partner Center's duplicate rule (600061): a new confirmation is
// accepted only if first name, last name, email or phone differs from an existing one.
import { formatPartnerCenterDate, type Agreement, type AgreementMetadata } from '@/lib/partner-center/schemas';
import { templateById } from '../data/agreement-templates';
import type { SandboxStore } from '../data/store';
import type { ContactPerson, SandboxAgreement, SandboxCustomer } from '../data/types';
import { apiErrors } from './errors';

export function toAgreementResource(agreement: SandboxAgreement): Agreement {
  const resource: Agreement = {
    primaryContact: {
      firstName: agreement.firstName,
      lastName: agreement.lastName,
      email: agreement.email,
      ...(agreement.phoneNumber !== undefined ? { phoneNumber: agreement.phoneNumber } : {}),
    },
    templateId: agreement.templateId,
    dateAgreed: agreement.dateAgreed,
    type: agreement.type,
    agreementLink: templateById(agreement.templateId)?.agreementLink ?? null,
    attributes: { objectType: 'Agreement' },
  };
  if (agreement.userId !== undefined) resource.userId = agreement.userId;
  return resource;
}

const normalised = (contact: { firstName: string; lastName: string; email: string; phoneNumber?: string | undefined }) =>
  [
    contact.firstName.trim().toLowerCase(),
    contact.lastName.trim().toLowerCase(),
    contact.email.trim().toLowerCase(),
    (contact.phoneNumber ?? '').replace(/\D/g, ''),
  ].join('\n');

export function sameContact(a: ContactPerson | SandboxAgreement, b: ContactPerson | SandboxAgreement): boolean {
  return normalised(a) === normalised(b);
}

/** Throws 600061 when the customer already has an agreement of this type with exactly this contact. */
export function refuseDuplicate(customer: SandboxCustomer, type: SandboxAgreement['type'], contact: ContactPerson): void {
  if (customer.agreements.some((agreement) => agreement.type === type && sameContact(agreement, contact)))
    throw apiErrors.duplicateAgreement();
}

/**
 * Records a confirmation once the duplicate rule allows it: by a partner user (`userId`, App+User) or from an
 * attestation (`attestationId`, enhanced flow).
 */
export function recordAgreement(
  store: SandboxStore,
  customer: SandboxCustomer,
  template: AgreementMetadata,
  contact: ContactPerson,
  dateAgreed: Date,
  source: { userId: string } | { attestationId: string },
): SandboxAgreement {
  refuseDuplicate(customer, template.agreementType, contact);
  const agreement: SandboxAgreement = {
    type: template.agreementType,
    templateId: template.templateId,
    dateAgreed: formatPartnerCenterDate(dateAgreed),
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    ...source,
  };
  if (contact.phoneNumber !== undefined) agreement.phoneNumber = contact.phoneNumber;
  store.addAgreement(customer, agreement);
  return agreement;
}
