import type { Customer } from '../partner-center/schemas';
import type { CustomerRecord, TrackedAttestation } from '../records/types';
import { canonicalLanguage } from './agreement-languages';
import type { FormDefaults } from './flow';

function compact(defaults: { [K in keyof FormDefaults]: string | null | undefined }): FormDefaults {
  return Object.fromEntries(Object.entries(defaults).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
}

/** The billing profile says it best (docs/partner-center-api.md §5.1): its company name, address country and culture (`fr-fr`) or language. */
export function defaultsFromCustomer(customer: Customer): FormDefaults {
  const billing = customer.billingProfile;
  return compact({
    companyName: billing?.companyName || customer.companyProfile.companyName,
    country: (billing?.defaultAddress?.country ?? customer.companyProfile.address?.country)?.toUpperCase(),
    language: canonicalLanguage(billing?.culture) ?? canonicalLanguage(billing?.language),
  });
}

export function defaultsFromRecord(record: CustomerRecord): FormDefaults {
  return compact({
    companyName: record.companyName,
    country: record.country?.toUpperCase(),
    language: canonicalLanguage(record.language),
  });
}

/** A new link for an expired attestation: the same signer, for the same company, country and agreement language. */
export function defaultsFromTracked(
  tracked: Pick<TrackedAttestation, 'signer' | 'companyName' | 'country' | 'language'>,
): FormDefaults {
  return compact({
    firstName: tracked.signer.firstName,
    lastName: tracked.signer.lastName,
    email: tracked.signer.email,
    phone: tracked.signer.phoneNumber,
    companyName: tracked.companyName,
    country: tracked.country.toUpperCase(),
    language: canonicalLanguage(tracked.language),
  });
}
