// Deterministic customers: customer n is drawn from its own stream of the seed, so it is the same whatever the customer
// count and can be made on its own, when first needed. Tenant ids come from a stream of their own, so that the whole
// index of ids is cheap. The first customers cover every status in English and French, then come the awkward company
// names, then a weighted mix.
import { formatPartnerCenterDate } from '@/lib/partner-center/schemas';
import { MICROSOFT_CLOUD_AGREEMENT, MICROSOFT_CUSTOMER_AGREEMENT } from '@/lib/partner-center/schemas';
import { FORMER_STAFF_OIDS, INDIRECT_RESELLER_TENANT_ID, SANDBOX_USERS } from '../auth/users';
import { CLOUD_AGREEMENT_TEMPLATE_ID, MCA_TEMPLATE_ID } from './agreement-templates';
import {
  AWKWARD_COMPANY_NAMES,
  COMPANY_PATTERNS,
  FIRST_NAMES,
  LAST_NAMES,
  MARKETS,
  MARKET_WEIGHTS,
  type Market,
  slug,
} from './markets';
import { Random, mixSeed } from './prng';
import { CUSTOMER_STATUSES, type CustomerStatus } from './statuses';
import type { ContactPerson, SandboxAgreement, SandboxCustomer } from './types';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PERIODS = {
  cloudAgreement: [day('2018-11-07'), day('2020-01-31')],
  staleAttestation: [day('2019-10-01'), day('2023-03-31')],
  currentAttestation: [day('2023-04-01'), day('2025-12-31')],
  directAcceptance: [day('2020-02-01'), day('2025-12-31')],
} as const;

/** Edge cases every seed has: the last stale second and the first current one. */
const BOUNDARY_DATES: Partial<Record<number, string>> = { 1: '2023-04-01T00:00:00', 2: '2023-03-31T23:59:59' };

const COVERAGE_MARKETS = { en: [MARKETS.US, MARKETS.GB, MARKETS.CA_EN], fr: [MARKETS.FR, MARKETS.CA_FR, MARKETS.CH_FR] };
const COVERAGE_SIZE = CUSTOMER_STATUSES.length * 2;

const STATUS_WEIGHTS: readonly { value: CustomerStatus; weight: number }[] = [
  { value: 'direct-acceptance', weight: 14 },
  { value: 'attestation-current', weight: 24 },
  { value: 'attestation-stale', weight: 20 },
  { value: 'attestations-latest-current', weight: 8 },
  { value: 'attestations-latest-stale', weight: 6 },
  { value: 'cloud-agreement-only', weight: 8 },
  { value: 'none', weight: 14 },
  { value: 'api-error', weight: 4 },
  { value: 'api-timeout', weight: 2 },
];
const RECORD_STATUS_WEIGHTS = STATUS_WEIGHTS.filter(({ value }) => value !== 'api-error' && value !== 'api-timeout');

const TENANT_ID_STREAM = 0x7e4a17;

export function customerTenantId(seed: number, index: number): string {
  return new Random(mixSeed(seed ^ TENANT_ID_STREAM, index)).guid();
}

const OTHER_RESELLER_IDS = ['3c2b1a09-8f7e-4d6c-9b5a-493827160f5e', '0a1b2c3d-4e5f-4061-8728-394a5b6c7d8e'];
const ATTESTING_USERS = [
  ...SANDBOX_USERS.filter((user) => user.role !== 'IndirectReseller').map((user) => user.oid),
  ...FORMER_STAFF_OIDS,
];

interface CustomerPlan {
  status: CustomerStatus;
  market: Market;
  companyName?: string;
  associateWithSeededReseller?: boolean;
}

function planFor(index: number, random: Random): CustomerPlan {
  if (index < COVERAGE_SIZE) {
    const status = CUSTOMER_STATUSES[index % CUSTOMER_STATUSES.length] as CustomerStatus;
    const markets = index < CUSTOMER_STATUSES.length ? COVERAGE_MARKETS.en : COVERAGE_MARKETS.fr;
    return { status, market: markets[index % markets.length] as Market, associateWithSeededReseller: index % 2 === 1 };
  }
  const status = random.weighted(STATUS_WEIGHTS);
  const awkward = AWKWARD_COMPANY_NAMES[index - COVERAGE_SIZE];
  if (awkward) return { status, market: awkward.market, companyName: awkward.name };
  return { status, market: random.weighted(MARKET_WEIGHTS) };
}

function companyName(random: Random, market: Market): string {
  const pattern = COMPANY_PATTERNS[market.names];
  const prefix = random.pick(pattern.prefixes);
  const name = random.pick(LAST_NAMES[market.names]);
  const suffix = random.pick(pattern.suffixes);
  return `${prefix} ${name} ${suffix}`.trim();
}

function phoneNumber(random: Random, market: Market): string {
  return `${market.phonePrefix} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
}

function person(random: Random, market: Market, domain: string, withPhone: boolean): ContactPerson {
  const firstName = random.pick(FIRST_NAMES[market.names]);
  const lastName = random.pick(LAST_NAMES[market.names]);
  const contact: ContactPerson = { firstName, lastName, email: `${slug(firstName)}.${slug(lastName)}@${domain}` };
  if (withPhone) contact.phoneNumber = phoneNumber(random, market);
  return contact;
}

const dayStrings = new Map<number, string>();

/** Most partners typed a day; some records carry a time. Day strings repeat across customers, so they are kept. */
function dateIn(random: Random, period: readonly [Date, Date]): string {
  const precision = random.chance(0.8) ? 'day' : 'second';
  const date = random.date(period[0], period[1], precision);
  if (precision === 'second') return formatPartnerCenterDate(date);
  let text = dayStrings.get(date.getTime());
  if (text === undefined) {
    text = formatPartnerCenterDate(date);
    dayStrings.set(date.getTime(), text);
  }
  return text;
}

/** Where a customer's agreements are drawn: its stream, its market and its domain. */
interface Draw {
  random: Random;
  market: Market;
  domain: string;
}

function agreement(draw: Draw, type: 'mca' | 'cloud', dateAgreed: string, withPhone: boolean): SandboxAgreement {
  const { random, market, domain } = draw;
  const firstName = random.pick(FIRST_NAMES[market.names]);
  const lastName = random.pick(LAST_NAMES[market.names]);
  const result: SandboxAgreement = {
    type: type === 'mca' ? MICROSOFT_CUSTOMER_AGREEMENT : MICROSOFT_CLOUD_AGREEMENT,
    templateId: type === 'mca' ? MCA_TEMPLATE_ID : CLOUD_AGREEMENT_TEMPLATE_ID,
    dateAgreed,
    firstName,
    lastName,
    email: `${slug(firstName)}.${slug(lastName)}@${domain}`,
    userId: random.pick(ATTESTING_USERS),
  };
  if (withPhone) result.phoneNumber = phoneNumber(random, market);
  return result;
}

function attestation(draw: Draw, period: readonly [Date, Date], withPhone: boolean): SandboxAgreement {
  return agreement(draw, 'mca', dateIn(draw.random, period), withPhone);
}

function cloudAgreement(draw: Draw): SandboxAgreement {
  return agreement(draw, 'cloud', dateIn(draw.random, PERIODS.cloudAgreement), draw.random.chance(0.5));
}

/** The agreements that put a customer in its status; several attestations come back in no particular order. */
function agreementsFor(draw: Draw, status: CustomerStatus, index: number): SandboxAgreement[] {
  const { random } = draw;
  const agreements: SandboxAgreement[] = [];
  switch (status) {
    case 'attestation-current':
    case 'attestation-stale': {
      if (random.chance(0.3)) agreements.push(cloudAgreement(draw));
      const boundary = BOUNDARY_DATES[index];
      const period = status === 'attestation-current' ? PERIODS.currentAttestation : PERIODS.staleAttestation;
      agreements.push(boundary ? agreement(draw, 'mca', boundary, true) : attestation(draw, period, random.chance(0.7)));
      return agreements;
    }
    case 'attestations-latest-current':
    case 'attestations-latest-stale': {
      // Each with a phone number of its own: Partner Center refuses a second attestation with the same contact (600061).
      for (let older = random.int(1, 3); older > 0; older--) agreements.push(attestation(draw, PERIODS.staleAttestation, true));
      const latest = status === 'attestations-latest-current' ? PERIODS.currentAttestation : PERIODS.staleAttestation;
      agreements.push(attestation(draw, latest, true));
      return random.chance(0.5) ? agreements.reverse() : agreements;
    }
    case 'cloud-agreement-only':
      for (let count = random.int(1, 2); count > 0; count--) agreements.push(cloudAgreement(draw));
      return agreements;
    case 'direct-acceptance':
      if (random.chance(0.2)) agreements.push(cloudAgreement(draw));
      if (random.chance(0.5)) agreements.push(attestation(draw, PERIODS.staleAttestation, random.chance(0.7)));
      return agreements;
    case 'none':
    case 'api-error':
    case 'api-timeout':
      return agreements;
  }
}

export function generateCustomer(seed: number, index: number): SandboxCustomer {
  const random = new Random(mixSeed(seed, index));
  const plan = planFor(index, random);
  const failure = plan.status === 'api-error' ? 'error' : plan.status === 'api-timeout' ? 'timeout' : undefined;
  const recordStatus = failure ? random.weighted(RECORD_STATUS_WEIGHTS) : plan.status;
  const { market } = plan;
  const name = plan.companyName ?? companyName(random, market);
  const tenantId = customerTenantId(seed, index);
  const domain = `${slug(name).slice(0, 24) || 'customer'}${index}.onmicrosoft.com`;
  const draw: Draw = { random, market, domain };
  const customer: SandboxCustomer = {
    index,
    tenantId,
    commerceId: random.guid(),
    companyName: name,
    domain,
    country: market.country,
    language: market.language,
    city: random.pick(market.cities),
    billingContact: person(random, market, domain, true),
    agreements: agreementsFor(draw, recordStatus, index),
    directAcceptance: recordStatus === 'direct-acceptance',
    epochUnit: random.chance(0.5) ? 'seconds' : 'milliseconds',
  };
  if (plan.associateWithSeededReseller ?? random.chance(0.25)) {
    const seeded = plan.associateWithSeededReseller ?? random.chance(0.6);
    customer.associatedPartnerId = seeded ? INDIRECT_RESELLER_TENANT_ID : random.pick(OTHER_RESELLER_IDS);
  }
  if (customer.directAcceptance) customer.directAcceptedAt = dateIn(random, PERIODS.directAcceptance);
  if (failure) customer.failure = failure;
  return customer;
}

export function generateCustomers(seed: number, count: number): SandboxCustomer[] {
  const customers: SandboxCustomer[] = new Array<SandboxCustomer>(count);
  for (let index = 0; index < count; index++) customers[index] = generateCustomer(seed, index);
  return customers;
}
