// A Partner Center for the audit tests, on virtual time: paged customers and bulk feed, per-customer agreements and
// direct-signing status, its own sliding-minute throttling (429 + Retry-After), and faults or a hang on demand.
import type { AuditApi, AuditPage } from '@/lib/audit/types';
import { PartnerCenterError } from '@/lib/partner-center/client-error';
import type { Agreement, Customer, CustomerAgreementRecord, DirectSignStatus } from '@/lib/partner-center/schemas';
import type { VirtualTime } from '../support/fake-time';

export interface FakeCustomer {
  id: string;
  companyName: string;
  agreements: Agreement[];
  isSigned: boolean;
  /** Whether the bulk feed lists this customer. */
  inFeed: boolean;
}

export type CallKind = 'customers' | 'feed' | 'agreements' | 'direct';

export interface Call {
  /** Order of the call, from 0. */
  n: number;
  kind: CallKind;
  tenantId?: string;
  token?: string | null;
  at: number;
}

export const tenantOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const contact = { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@example.fr', phoneNumber: null };
const mca = (dateAgreed: string): Agreement => ({
  primaryContact: contact,
  dateAgreed,
  templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
  type: 'MicrosoftCustomerAgreement',
});

/** Customers of every kind in turn: stale attestation, current attestation, nothing, direct acceptance. */
export function makeCustomers(count: number, inFeed: (i: number) => boolean = () => true): FakeCustomer[] {
  return Array.from({ length: count }, (_, i) => ({
    id: tenantOf(i),
    companyName: `Customer ${i}`,
    agreements: i % 4 === 0 ? [mca('2022-06-15T00:00:00')] : i % 4 === 1 ? [mca('2024-02-01T00:00:00')] : [],
    isSigned: i % 4 === 3,
    inFeed: inFeed(i),
  }));
}

export const expectedStatus = (i: number) => (['attestation-stale', 'attested', 'none', 'direct-acceptance'] as const)[i % 4];

export function pcError(
  status: number,
  code: string,
  retryable: boolean,
  messageKey = 'errors.service.unknown',
  retryAfterSeconds?: number,
): PartnerCenterError {
  return new PartnerCenterError({
    status,
    code,
    description: `fake ${status}`,
    retryable,
    messageKey: messageKey as PartnerCenterError['messageKey'],
    requestId: 'r',
    correlationId: 'c',
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
  });
}

export const offline = () => pcError(0, 'network', true, 'errors.service.offline');

export interface FakeOptions {
  customers: FakeCustomer[];
  time: VirtualTime;
  pageSize?: number;
  feedPageSize?: number;
  /** `refused` answers the first feed page with that status; `absent` leaves the method out. */
  feed?: 'offered' | 'absent' | { refused: number };
  latencyMs?: number;
  /** Partner Center's own limit: over it in a sliding minute, 429 with Retry-After. */
  limitPerMinute?: number;
  /** An error to answer this call with, if any. */
  fault?: (call: Call) => unknown;
}

function pageOf<T>(items: readonly T[], token: string | null, size: number, total?: number): AuditPage<T> {
  const offset = token === null ? 0 : Number(token.slice('page:'.length));
  const next = offset + size < items.length ? `page:${offset + size}` : null;
  return { items: items.slice(offset, offset + size), next, ...(total !== undefined && { total }) };
}

function feedRecord(customer: FakeCustomer): CustomerAgreementRecord {
  const latest = customer.agreements.at(-1);
  if (customer.isSigned)
    return {
      customerTenantId: customer.id,
      lastAgreementPrimaryContact: null,
      lastAgreementDateEpoch: 1_700_000_000,
      partnerAttestationCompleted: false,
    };
  if (!latest)
    return {
      customerTenantId: customer.id,
      lastAgreementPrimaryContact: null,
      lastAgreementDateEpoch: 0,
      partnerAttestationCompleted: false,
    };
  return {
    customerTenantId: customer.id,
    lastAgreementPrimaryContact: contact,
    lastAgreementDateEpoch: Date.parse(`${latest.dateAgreed}Z`),
    partnerAttestationCompleted: true,
  };
}

export function createFakePartnerCenter(options: FakeOptions) {
  const { customers, time, pageSize = 3, feedPageSize = 4, feed = 'offered', latencyMs = 200, limitPerMinute = 500 } = options;
  const calls: Call[] = [];
  const answeredAt: number[] = [];
  const inFlight = new Set<string>();
  let maxInFlight = 0;
  let throttled = 0;
  let hangFrom = Number.POSITIVE_INFINITY;
  const byId = new Map(customers.map((customer) => [customer.id.toLowerCase(), customer]));

  async function answer<T>(call: Omit<Call, 'n' | 'at'>, result: () => T): Promise<T> {
    const recorded: Call = { ...call, n: calls.length, at: time.now() };
    calls.push(recorded);
    if (recorded.n >= hangFrom) return new Promise<T>(() => undefined);
    const key = call.tenantId ?? `page ${call.kind}`;
    if (call.tenantId) {
      inFlight.add(key);
      maxInFlight = Math.max(maxInFlight, inFlight.size);
    }
    try {
      const recent = answeredAt.filter((at) => at > recorded.at - 60_000);
      if (recent.length >= limitPerMinute) {
        throttled += 1;
        throw pcError(
          429,
          '429',
          true,
          'errors.request.throttled',
          Math.ceil(((recent[0] as number) + 60_000 - recorded.at) / 1000),
        );
      }
      answeredAt.push(recorded.at);
      const fault = options.fault?.(recorded);
      await time.sleep(latencyMs);
      if (fault) throw fault;
      return result();
    } finally {
      inFlight.delete(key);
    }
  }

  const customer = (tenantId: string) => {
    const found = byId.get(tenantId.toLowerCase());
    if (!found) throw pcError(404, '60003', false, 'errors.customer.notFound');
    return found;
  };

  const asCustomer = (c: FakeCustomer): Customer => ({
    id: c.id,
    companyProfile: { tenantId: c.id, domain: `c${c.id.slice(-4)}.onmicrosoft.com`, companyName: c.companyName },
  });

  const api: AuditApi = {
    customersPage: (token) =>
      answer({ kind: 'customers', token }, () => pageOf(customers.map(asCustomer), token, pageSize, customers.length)),
    customerAgreements: (tenantId) => answer({ kind: 'agreements', tenantId }, () => customer(tenantId).agreements),
    directSignStatus: (tenantId) =>
      answer({ kind: 'direct', tenantId }, (): DirectSignStatus => ({ isSigned: customer(tenantId).isSigned })),
  };
  if (feed !== 'absent') {
    api.agreementRecordsPage = (token) =>
      answer({ kind: 'feed', token }, () => {
        if (typeof feed === 'object') throw pcError(feed.refused, String(feed.refused), false, 'errors.request.notFound');
        return pageOf(customers.filter((c) => c.inFeed).map(feedRecord), token, feedPageSize);
      });
  }

  return {
    api,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    get throttled() {
      return throttled;
    },
    /** From the k-th call on (0 for the first), calls never answer: the worker running the audit has stopped. */
    hangFrom(k: number) {
      hangFrom = k;
    },
    callsFor: (tenantId: string) => calls.filter((call) => call.tenantId === tenantId),
  };
}

export type FakePartnerCenter = ReturnType<typeof createFakePartnerCenter>;
