// GET /v1/partners/customeragreementrecords (docs/partner-center-api.md §2.8, undocumented): pages of 500 records with the
// date of each customer's last MCA agreement, in seconds or milliseconds depending on the customer, as the real feed.
import { z } from 'zod';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import {
  MICROSOFT_CUSTOMER_AGREEMENT,
  type CustomerAgreementRecord,
  type CustomerAgreementRecords,
} from '@/lib/partner-center/schemas';
import type { SandboxCustomer } from '../data/types';
import { ok, type ApiHandler } from './context';
import { apiErrors } from './errors';
import { decodeContinuation, encodeContinuation } from './continuation';
import { visibleCustomers } from './customer-access';

export const FEED_PAGE_SIZE = 500;
const continuationSchema = z.object({ offset: z.number().int().nonnegative() });

/** The last MCA event: the latest partner attestation, or the direct acceptance when it came later. */
export function agreementRecord(customer: SandboxCustomer): CustomerAgreementRecord {
  const attestations = customer.agreements.filter((agreement) => agreement.type === MICROSOFT_CUSTOMER_AGREEMENT);
  const latest = attestations.reduce<(typeof attestations)[number] | undefined>(
    (best, agreement) =>
      !best || (parsePartnerCenterDate(agreement.dateAgreed) ?? 0) > (parsePartnerCenterDate(best.dateAgreed) ?? 0)
        ? agreement
        : best,
    undefined,
  );
  const attestedAt = latest ? (parsePartnerCenterDate(latest.dateAgreed) ?? 0) : 0;
  const acceptedAt = customer.directAcceptedAt ? (parsePartnerCenterDate(customer.directAcceptedAt) ?? 0) : 0;
  const lastIsAttestation = latest !== undefined && attestedAt >= acceptedAt;
  const lastAt = Math.max(attestedAt, acceptedAt);
  return {
    customerTenantId: customer.tenantId,
    lastAgreementPrimaryContact: lastIsAttestation
      ? { firstName: latest.firstName, lastName: latest.lastName, email: latest.email, phoneNumber: latest.phoneNumber ?? null }
      : null,
    lastAgreementDateEpoch: customer.epochUnit === 'milliseconds' ? lastAt : Math.floor(lastAt / 1000),
    partnerAttestationCompleted: lastIsAttestation,
  };
}

export const getCustomerAgreementRecords: ApiHandler = ({ url, principal }, state) => {
  if (!state.options.bulkFeed) throw apiErrors.notFound('the customer agreement records feed');
  const token = url.searchParams.get('continuation_token');
  const offset = token ? decodeContinuation(token, continuationSchema).offset : 0;
  const customers = visibleCustomers(principal, state);
  const page: CustomerAgreementRecords = {
    customerAgreementRecords: customers.slice(offset, offset + FEED_PAGE_SIZE).map(agreementRecord),
  };
  if (offset + FEED_PAGE_SIZE < customers.length)
    page.continuationToken = encodeContinuation({ offset: offset + FEED_PAGE_SIZE });
  return ok(page);
};
