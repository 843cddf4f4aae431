// What Partner Center sends and what we send it (docs/partner-center-api.md §1.3, §2, §3, §5): one zod schema per resource.
// Unknown extra fields are stripped; a missing or mistyped field we rely on is rejected with its path in the message.
import { z } from 'zod';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { RECORD_TEXT_MAX } from '../mca/record-schemas';

export const MICROSOFT_CUSTOMER_AGREEMENT = 'MicrosoftCustomerAgreement';
export const MICROSOFT_CLOUD_AGREEMENT = 'MicrosoftCloudAgreement';
export const AGREEMENT_TYPES = [MICROSOFT_CUSTOMER_AGREEMENT, MICROSOFT_CLOUD_AGREEMENT] as const;
export const agreementTypeSchema = z.enum(AGREEMENT_TYPES, {
  error: `expected ${AGREEMENT_TYPES.join(' or ')}`,
});
export type AgreementType = z.infer<typeof agreementTypeSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Dates

/** `2019-08-26T00:00:00`: no zone, meaning UTC. Fractional seconds and an explicit UTC zone are tolerated. */
const PARTNER_CENTER_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,7})?(?:Z|[+-]00:?00)?$/;

export const partnerCenterDateSchema = z
  .string({ error: 'expected a date-time string such as 2019-08-26T00:00:00' })
  .regex(PARTNER_CENTER_DATE, { error: 'expected a date-time such as 2019-08-26T00:00:00 (UTC, no zone)' })
  .refine((value) => parsePartnerCenterDate(value) !== undefined, { error: 'not a real calendar date and time' });

/** A date in the form Partner Center sends and expects: `2019-08-26T00:00:00`, UTC, whole seconds. */
export function formatPartnerCenterDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/**
 * The bulk feed's `lastAgreementDateEpoch` (§2.8) is in seconds or in milliseconds; like Microsoft's own tool, more than
 * ten digits means milliseconds. 0 (the feed's default) means no agreement date.
 */
export function epochToIsoDate(epoch: number): string | null {
  if (!Number.isFinite(epoch) || epoch <= 0) return null;
  const whole = Math.trunc(epoch);
  const milliseconds = String(whole).length > 10 ? whole : whole * 1000;
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// ---------------------------------------------------------------------------------------------------------------------
// Shared pieces

const nonEmpty = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} is required` });
const resourceAttributesSchema = z.object({ objectType: z.string() }).optional();

export const resourceLinkSchema = z.object({
  uri: z.string().min(1),
  method: z.string().min(1),
  headers: z.array(z.object({ key: z.string(), value: z.string() })).default([]),
});
export type ResourceLink = z.infer<typeof resourceLinkSchema>;

/** `{ totalCount, items, links?, attributes }`: Partner Center's collection envelope. */
function collectionOf<T extends z.ZodType>(item: T) {
  return z.object({
    totalCount: z.number().int().nonnegative(),
    items: z.array(item),
    links: z.object({ self: resourceLinkSchema.optional(), next: resourceLinkSchema.optional() }).optional(),
    attributes: resourceAttributesSchema,
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Agreements (§2.1–2.3, §3.1–3.4)

/** The customer-side person who accepted; phone is optional and may come back as null. */
export const contactSchema = z.object({
  firstName: z.string().max(RECORD_TEXT_MAX),
  lastName: z.string().max(RECORD_TEXT_MAX),
  email: z.string().max(RECORD_TEXT_MAX),
  phoneNumber: z.string().max(RECORD_TEXT_MAX).nullish(),
});
export type Contact = z.infer<typeof contactSchema>;

export const agreementSchema = z.object({
  /** Object id of the partner user who attested; derived by Partner Center from the App+User token. */
  userId: z.string().nullish(),
  primaryContact: contactSchema,
  dateAgreed: partnerCenterDateSchema,
  templateId: z.string().min(1),
  type: agreementTypeSchema,
  agreementLink: z.string().nullish(),
  attributes: resourceAttributesSchema,
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementCollectionSchema = collectionOf(agreementSchema);
export type AgreementCollection = z.infer<typeof agreementCollectionSchema>;

/** The REST JSON says `agreementType` (not `type`, as the doc table has it) and adds `versionRank` (§3.2). */
export const agreementMetadataSchema = z.object({
  templateId: z.string().min(1),
  agreementType: agreementTypeSchema,
  agreementLink: z.string(),
  versionRank: z.number().int(),
  attributes: resourceAttributesSchema,
});
export type AgreementMetadata = z.infer<typeof agreementMetadataSchema>;
export const agreementMetadataCollectionSchema = collectionOf(agreementMetadataSchema);
export type AgreementMetadataCollection = z.infer<typeof agreementMetadataCollectionSchema>;

export const directSignStatusSchema = z.object({ isSigned: z.boolean() });
export type DirectSignStatus = z.infer<typeof directSignStatusSchema>;

/** Both links change on every call and expire after five minutes (§2.6). */
export const agreementDocumentSchema = z.object({
  country: z.string().min(2),
  language: z.string().min(2),
  displayUri: z.url(),
  downloadUri: z.url(),
  attributes: resourceAttributesSchema,
});
export type AgreementDocument = z.infer<typeof agreementDocumentSchema>;

/** Body of the legacy `POST /v1/customers/{id}/agreements` (§2.3), retired on 2026-01-05. */
export const createAgreementRequestSchema = z.object({
  primaryContact: z.object({
    firstName: nonEmpty('primaryContact.firstName'),
    lastName: nonEmpty('primaryContact.lastName'),
    email: z.email({ error: 'primaryContact.email must be an email address' }),
    phoneNumber: z
      .string()
      .regex(/^\+?[0-9 ().-]{4,25}$/, { error: 'primaryContact.phoneNumber must be a phone number' })
      .optional(),
  }),
  dateAgreed: partnerCenterDateSchema,
  templateId: nonEmpty('templateId'),
  type: agreementTypeSchema,
});
export type CreateAgreementRequest = z.infer<typeof createAgreementRequestSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Customers and relationships (§5)

export const addressSchema = z.object({
  country: z.string().optional(),
  region: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  addressLine1: z.string().nullish(),
  addressLine2: z.string().nullish(),
  postalCode: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  phoneNumber: z.string().nullish(),
});

export const customerCompanyProfileSchema = z.object({
  tenantId: z.guid({ error: 'companyProfile.tenantId must be a GUID' }),
  domain: z.string().max(RECORD_TEXT_MAX),
  companyName: z.string().max(RECORD_TEXT_MAX),
  email: z.string().nullish(),
  address: addressSchema.nullish(),
  links: z.object({ self: resourceLinkSchema.optional() }).optional(),
  attributes: resourceAttributesSchema,
});

/** Only present on `GET /v1/customers/{id}`, not in the list. */
export const customerBillingProfileSchema = z.object({
  id: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  culture: z.string().nullish(),
  language: z.string().nullish(),
  companyName: z.string().nullish(),
  defaultAddress: addressSchema.nullish(),
  attributes: resourceAttributesSchema,
});

export const customerSchema = z.object({
  id: z.guid({ error: 'id must be a GUID' }),
  commerceId: z.string().nullish(),
  companyProfile: customerCompanyProfileSchema,
  billingProfile: customerBillingProfileSchema.nullish(),
  relationshipToPartner: z.string().nullish(),
  allowDelegatedAccess: z.boolean().nullish(),
  customDomains: z.array(z.string()).nullish(),
  /** The indirect reseller of this customer, set by indirect providers. */
  associatedPartnerId: z.string().nullish(),
  links: z.object({ self: resourceLinkSchema.optional() }).optional(),
  attributes: resourceAttributesSchema,
});
export type Customer = z.infer<typeof customerSchema>;

/** Paged: follow `links.next.uri` (relative) sending every header of `links.next.headers` (`MS-ContinuationToken`). */
export const customerCollectionSchema = z.object({
  totalCount: z.number().int().nonnegative(),
  items: z.array(customerSchema),
  links: z.object({ self: resourceLinkSchema, next: resourceLinkSchema.optional() }),
  attributes: resourceAttributesSchema,
});
export type CustomerCollection = z.infer<typeof customerCollectionSchema>;

export const relationshipRequestSchema = z.object({
  url: z.url(),
  attributes: resourceAttributesSchema,
});
export type RelationshipRequest = z.infer<typeof relationshipRequestSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// The undocumented bulk feed used by Microsoft's own tool (§2.8, §3.5)

export const customerAgreementRecordSchema = z.object({
  customerTenantId: z.guid({ error: 'customerTenantId must be a GUID' }),
  lastAgreementPrimaryContact: contactSchema.partial().nullish(),
  /** Seconds or milliseconds since 1970; see `epochToIsoDate`. */
  lastAgreementDateEpoch: z.number().int().nonnegative(),
  partnerAttestationCompleted: z.boolean().default(false),
});
export type CustomerAgreementRecord = z.infer<typeof customerAgreementRecordSchema>;

export const customerAgreementRecordsSchema = z.object({
  customerAgreementRecords: z.array(customerAgreementRecordSchema),
  /** Absent on the last page. */
  continuationToken: z.string().nullish(),
});
export type CustomerAgreementRecords = z.infer<typeof customerAgreementRecordsSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Errors (§1.3, §1.4)

/** The docs say `code` is a string; the 600061 example sends a number. Both are read as a string. */
export const apiErrorSchema = z.object({
  code: z.union([z.string(), z.number()], { error: 'code must be a string or a number' }).transform(String),
  description: z.string({ error: 'description must be a string' }),
  data: z.array(z.unknown()).nullish(),
  source: z.string().nullish(),
  message: z.string().nullish(),
  errorName: z.string().nullish(),
  isRetryable: z.boolean().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  errorMessageExtended: z.string().nullish(),
});
/** What a server may send: `code` as a string or a number. */
export type ApiErrorBody = z.input<typeof apiErrorSchema>;

/** The throttling body has its own shape: `{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}`. */
export const throttledResponseSchema = z.object({
  statusCode: z.literal(429),
  message: z.string(),
});
export type ThrottledResponse = z.infer<typeof throttledResponseSchema>;
