// The situations the data generator covers, read back from a customer's current records (so a new attestation moves a
// customer from one status to another).
import { CURRENT_ATTESTATION_FROM } from '@/lib/mca/timeline';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import type { McaStatus } from '@/lib/mca/types';
import { MICROSOFT_CUSTOMER_AGREEMENT } from '@/lib/partner-center/schemas';
import type { SandboxCustomer } from './types';

export const CUSTOMER_STATUSES = [
  'direct-acceptance',
  'attestation-current',
  'attestation-stale',
  'attestations-latest-current',
  'attestations-latest-stale',
  'cloud-agreement-only',
  'none',
  'api-error',
  'api-timeout',
] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** What the extension's rules (lib/mca) should conclude for a customer in each status. */
export const EXPECTED_MCA_STATUS: Record<CustomerStatus, McaStatus> = {
  'direct-acceptance': 'direct-acceptance',
  'attestation-current': 'attested',
  'attestation-stale': 'attestation-stale',
  'attestations-latest-current': 'attested',
  'attestations-latest-stale': 'attestation-stale',
  'cloud-agreement-only': 'cloud-agreement-only',
  none: 'none',
  'api-error': 'unknown',
  'api-timeout': 'unknown',
};

const CURRENT_FROM_MS = Date.parse(CURRENT_ATTESTATION_FROM);

export function customerStatus(customer: SandboxCustomer): CustomerStatus {
  if (customer.failure === 'error') return 'api-error';
  if (customer.failure === 'timeout') return 'api-timeout';
  if (customer.directAcceptance) return 'direct-acceptance';
  const attestations = customer.agreements.filter((agreement) => agreement.type === MICROSOFT_CUSTOMER_AGREEMENT);
  if (attestations.length === 0) return customer.agreements.length > 0 ? 'cloud-agreement-only' : 'none';
  const latest = Math.max(...attestations.map((agreement) => parsePartnerCenterDate(agreement.dateAgreed) ?? Number.NaN));
  const current = latest >= CURRENT_FROM_MS;
  if (attestations.length > 1) return current ? 'attestations-latest-current' : 'attestations-latest-stale';
  return current ? 'attestation-current' : 'attestation-stale';
}
