// Who a customer is (name, domain, country, language, contact), decided in one place from every source that says it: the
// Partner Center API, the customer's pages in Partner Center, and imported records. Each field keeps where it came from and
// when, so that a later reading from a less trusted source never replaces a more trusted one.
import type { CustomerRecord } from './types';

/** Most trusted first: the API answers for Partner Center's data; the page is what the partner saw; an import is another browser's memory. */
export const IDENTITY_SOURCES = ['api', 'page', 'import'] as const;
export type IdentitySource = (typeof IDENTITY_SOURCES)[number];

export const IDENTITY_FIELDS = ['companyName', 'domain', 'country', 'language', 'contactName', 'contactEmail'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export type IdentityValues = Partial<Record<IdentityField, string>>;

export interface FieldOrigin {
  source: IdentitySource;
  observedAt: string;
}

export type IdentityOrigins = Partial<Record<IdentityField, FieldOrigin>>;

/** What one source said of a customer at one time. */
export interface IdentityReading extends FieldOrigin {
  values: IdentityValues;
}

const rank = (source: IdentitySource) => IDENTITY_SOURCES.length - IDENTITY_SOURCES.indexOf(source);

/** Whether a reading replaces a field's known value: a more trusted source, or the same source seen as late or later. */
function replaces(reading: FieldOrigin, known: FieldOrigin | undefined): boolean {
  if (!known) return true;
  const byRank = rank(reading.source) - rank(known.source);
  return byRank > 0 || (byRank === 0 && Date.parse(reading.observedAt) >= Date.parse(known.observedAt));
}

/**
 * The customer's identity once a reading is taken in: each field from the most trusted source that gave it, the newest
 * reading of that source winning. Fields known without an origin (kept before origins were) count as imported at `lastSeenAt`.
 */
export function resolveIdentity(
  known: CustomerRecord | undefined,
  reading: IdentityReading,
): IdentityValues & { identity?: IdentityOrigins } {
  const values: IdentityValues = {};
  const origins: IdentityOrigins = {};
  for (const field of IDENTITY_FIELDS) {
    const knownValue = known?.[field];
    const knownOrigin =
      known?.identity?.[field] ??
      (knownValue !== undefined && known ? { source: 'import' as const, observedAt: known.lastSeenAt } : undefined);
    const said = reading.values[field];
    if (said?.trim() && replaces(reading, knownOrigin)) {
      values[field] = said;
      origins[field] = { source: reading.source, observedAt: reading.observedAt };
    } else if (knownValue !== undefined && knownOrigin) {
      values[field] = knownValue;
      origins[field] = knownOrigin;
    }
  }
  return Object.keys(origins).length > 0 ? { ...values, identity: origins } : values;
}

/** When the API last said who the customer is, if it did. */
export function apiIdentityReadAt(customer: CustomerRecord | undefined): string | undefined {
  const times = IDENTITY_FIELDS.map((field) => customer?.identity?.[field])
    .filter((origin) => origin?.source === 'api')
    .map((origin) => origin!.observedAt);
  return times.sort().at(-1);
}
