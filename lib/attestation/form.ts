// The attestation form checked the way Partner Center checks the request: the contract's own schema, then the countries
// and languages the agreement is offered in. The side panel shows the result field by field; the background checks again.
import { enhancedAttestationRequestSchema, type EnhancedAttestationRequest } from '../partner-center/contract';
import { agreementLanguages, isAgreementCountry } from './agreement-languages';

export interface AttestationSigner {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
}

/** What the partner enters to start an attestation, as it travels to the background. */
export interface AttestationInput {
  tenantId: string;
  signer: AttestationSigner;
  companyName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A language the agreement is offered in for that country, e.g. `fr-FR`. */
  language: string;
  /** How long the customer's acceptance link stays valid. */
  expiresInMinutes?: number;
}

export const ATTESTATION_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'country',
  'language',
  'expiresInMinutes',
  'tenantId',
] as const;
export type AttestationField = (typeof ATTESTATION_FIELDS)[number];
/** `onRecord`: Partner Center already has this signatory for the customer (600061). */
export type FieldProblem = 'required' | 'invalid' | 'tooLong' | 'notOffered' | 'onRecord';
export type FieldErrors = Partial<Record<AttestationField, FieldProblem>>;

export type AttestationValidation = { ok: true; request: EnhancedAttestationRequest } | { ok: false; errors: FieldErrors };

const FIELD_OF: Record<keyof EnhancedAttestationRequest, AttestationField> = {
  customerTenantId: 'tenantId',
  country: 'country',
  language: 'language',
  companyName: 'companyName',
  signatoryFirstName: 'firstName',
  signatoryLastName: 'lastName',
  signatoryEmail: 'email',
  signatoryPhoneNumber: 'phone',
  expirationTimeInMinutes: 'expiresInMinutes',
};

/** The request as Partner Center is sent it: trimmed, the country in capitals, an empty phone left out. */
export function requestCandidate(input: AttestationInput) {
  const phone = input.signer.phone?.trim();
  return {
    customerTenantId: input.tenantId.trim().toLowerCase(),
    country: input.country.trim().toUpperCase(),
    language: input.language.trim(),
    companyName: input.companyName.trim(),
    signatoryFirstName: input.signer.firstName.trim(),
    signatoryLastName: input.signer.lastName.trim(),
    signatoryEmail: input.signer.email.trim(),
    ...(phone ? { signatoryPhoneNumber: phone } : {}),
    ...(input.expiresInMinutes !== undefined ? { expirationTimeInMinutes: input.expiresInMinutes } : {}),
  };
}

type Candidate = ReturnType<typeof requestCandidate>;

function problemOf(code: string, value: unknown): FieldProblem {
  if (value === undefined || value === '') return 'required';
  return code === 'too_big' && typeof value === 'string' ? 'tooLong' : 'invalid';
}

export function validateAttestation(input: AttestationInput): AttestationValidation {
  const candidate = requestCandidate(input);
  const errors: FieldErrors = {};
  const parsed = enhancedAttestationRequestSchema.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = issue.path[0] as keyof Candidate;
    const field = FIELD_OF[name];
    if (field && !errors[field]) errors[field] = problemOf(issue.code, candidate[name]);
  }
  // Partner Center refuses a country or a language the agreement is not offered in (docs/partner-center-api.md §6.3).
  if (!errors.country && !isAgreementCountry(candidate.country)) errors.country = 'notOffered';
  if (!errors.country && !errors.language && !agreementLanguages(candidate.country).includes(candidate.language))
    errors.language = 'notOffered';
  if (!parsed.success || Object.keys(errors).length > 0)
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { tenantId: 'invalid' } };
  return { ok: true, request: parsed.data };
}
