// The enhanced attestation API (docs/partner-center-api.md §2.4) as we assume it to be. Microsoft's page was only partly
// readable (§7, open questions 1–5): every shape and path below that is marked ASSUMPTION is ours, and this is the only
// file that holds them, so that the real contract, once seen, is one edit away.
import { z } from 'zod';
import { MICROSOFT_CUSTOMER_AGREEMENT, agreementSchema, partnerCenterDateSchema } from './schemas';

// ---------------------------------------------------------------------------------------------------------------------
// Authentication

/**
 * Confirmed as the page's text ("This scenario only supports AppOnly authentication", S7); whether production also
 * accepts App+User is open question 5. Applies to every call of the flow, the create-agreement step included.
 */
export const ENHANCED_ATTESTATION_AUTH = 'app-only' as const;

// ---------------------------------------------------------------------------------------------------------------------
// Paths

/** Confirmed (S7): `POST https://api.partnercenter.microsoft.com/v{version}/attestations/enhanced`. */
export const ENHANCED_ATTESTATION_PATH = '/v1/attestations/enhanced';

/**
 * ASSUMPTION (open question 3): a status GET under the create path, keyed by the attestation id. Based on Cloudmore
 * and CloudCockpit exposing "get attestation status" (S23-i, S23-j); Microsoft's URL was not visible.
 */
export function attestationStatusPath(attestationId: string): string {
  return `${ENHANCED_ATTESTATION_PATH}/${encodeURIComponent(attestationId)}`;
}

/**
 * ASSUMPTION (open question 4): the "Create agreement API" of step 3 is the customer agreements collection that the
 * legacy flow posts to (§2.3), with the attestation id in the body instead of the signatory and date.
 */
export function createAgreementWithAttestationPath(customerTenantId: string): string {
  return `/v1/customers/${encodeURIComponent(customerTenantId)}/agreements`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Step 1: create the attestation

/**
 * ASSUMPTION (open question 1) on the link lifetime: CloudCockpit's `expirationTime` in minutes, 5 to 10080 (S23-j).
 * The default when omitted is ours.
 */
export const ATTESTATION_LINK_MINUTES = { min: 5, max: 10080, default: 1440 } as const;

const required = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(256, { error: `${field} is too long` });

/**
 * Request body of `POST /v1/attestations/enhanced`.
 * Confirmed (S7, zh-CN table): `country` (ISO 3166-1 alpha-2), `signatoryFirstName`, `signatoryLastName`, all required.
 * ASSUMPTION: `language` and `companyName` (the table shows these names translated); `signatoryEmail` and
 * `signatoryPhoneNumber` (rows not visible; named after the visible ones); `expirationTimeInMinutes` (CloudCockpit);
 * `customerTenantId` (the page says the call creates an attestation ID "for a customer" and applies the duplicate rule
 * `600061` of the legacy API, which needs the customer; no visible row names it).
 */
export const enhancedAttestationRequestSchema = z.object({
  customerTenantId: z.guid({ error: 'customerTenantId must be the customer tenant id (a GUID)' }),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'country must be an upper-case ISO 3166-1 alpha-2 code such as FR' }),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language must be a language tag such as fr-FR' }),
  companyName: required('companyName'),
  signatoryFirstName: required('signatoryFirstName'),
  signatoryLastName: required('signatoryLastName'),
  signatoryEmail: z.email({ error: 'signatoryEmail must be an email address' }),
  signatoryPhoneNumber: z
    .string()
    .regex(/^\+?[0-9 ().-]{4,25}$/, { error: 'signatoryPhoneNumber must be a phone number' })
    .optional(),
  expirationTimeInMinutes: z
    .number({ error: 'expirationTimeInMinutes must be a number of minutes' })
    .int({ error: 'expirationTimeInMinutes must be a whole number of minutes' })
    .min(ATTESTATION_LINK_MINUTES.min, { error: `expirationTimeInMinutes must be at least ${ATTESTATION_LINK_MINUTES.min}` })
    .max(ATTESTATION_LINK_MINUTES.max, { error: `expirationTimeInMinutes must be at most ${ATTESTATION_LINK_MINUTES.max}` })
    .optional(),
});
export type EnhancedAttestationRequest = z.infer<typeof enhancedAttestationRequestSchema>;

/**
 * ASSUMPTION (open question 1, 3): the statuses CloudCockpit shows (S23-j). Microsoft may spell them in another case,
 * so they are read case-insensitively.
 */
export const ATTESTATION_STATUSES = ['required', 'linkgenerated', 'customeraccepted', 'linkexpired', 'agreementcreated'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];
export const attestationStatusSchema = z
  .string({ error: 'status must be a string' })
  .transform((status) => status.toLowerCase())
  .pipe(z.enum(ATTESTATION_STATUSES, { error: `status must be one of ${ATTESTATION_STATUSES.join(', ')}` }));

/**
 * ASSUMPTION (open questions 1, 2): response of the create call. Confirmed only that it returns an attestation ID (S7);
 * the acceptance URL (Microsoft's "embeddable component", whose format is unknown), the status and the link expiry are
 * modelled on Cloudmore's "acceptance via link" and CloudCockpit's expiry (S23-i, S23-j).
 */
export const enhancedAttestationResponseSchema = z.object({
  attestationId: z.string().min(1),
  customerTenantId: z.guid(),
  status: attestationStatusSchema,
  acceptanceUrl: z.url(),
  linkExpiresAt: partnerCenterDateSchema,
  createdAt: partnerCenterDateSchema,
});
export type EnhancedAttestationResponse = z.infer<typeof enhancedAttestationResponseSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Step 2: the customer accepts through the link; the status shows it

/** ASSUMPTION (open question 3): the status GET returns the create response plus when the customer accepted. */
export const attestationStatusResponseSchema = enhancedAttestationResponseSchema.extend({
  acceptedAt: partnerCenterDateSchema.nullish(),
  agreementCreatedAt: partnerCenterDateSchema.nullish(),
});
export type AttestationStatusResponse = z.infer<typeof attestationStatusResponseSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Step 3: create the agreement

/**
 * ASSUMPTION (open question 4): the body carries the attestation id and the agreement type; the template id is
 * optional because the attestation already names the agreement. Signatory and `dateAgreed` come from the acceptance.
 */
export const createAgreementWithAttestationRequestSchema = z.object({
  attestationId: z.string({ error: 'attestationId must be a string' }).trim().min(1, { error: 'attestationId is required' }),
  type: z.literal(MICROSOFT_CUSTOMER_AGREEMENT, { error: `type must be ${MICROSOFT_CUSTOMER_AGREEMENT}` }),
  templateId: z.string().min(1).optional(),
});
export type CreateAgreementWithAttestationRequest = z.infer<typeof createAgreementWithAttestationRequestSchema>;

/**
 * ASSUMPTION (open questions 4, 7): the response is the Agreement resource (§3.1), `dateAgreed` being the customer's
 * acceptance date, plus the attestation id it came from.
 */
export const createAgreementWithAttestationResponseSchema = agreementSchema.extend({
  attestationId: z.string().min(1),
});
export type CreateAgreementWithAttestationResponse = z.infer<typeof createAgreementWithAttestationResponseSchema>;
