// Partner Center's error codes (docs/partner-center-api.md §1.3, §2.3, §2.9) mapped to a sentence a partner admin can act on,
// and whether sending the same request again later may succeed without anyone changing anything.
import type { AppMessageKey, MessageParams } from '../i18n';

export type ErrorMessageKey = Extract<AppMessageKey, `errors.${string}`>;

/** Codes Microsoft documents (S11, S3, S23-e/f), as Partner Center sends them in `code`. */
export const DOCUMENTED_ERROR_CODES = {
  duplicateAgreement: '600061',
  tenantNotFound: '60003',
  invalidCustomerId: '900118',
  purchaseBlockedMissingMca: '13605',
  mfaRequired: '900421',
  mfaRequiredLegacy: '10001',
  accessDenied: '400',
  partnerTokenMissing: '800001',
  invalidRequestInput: '800002',
  unexpectedServiceError: '800003',
  notFound: '1000',
  offerAttestationRequired: '900203',
  partnerAttestationMissing: '900206',
  roleNotAllowed: '900150',
  insufficientPrivileges: '900308',
  appOnlyNotSupported: '900329',
} as const;

/**
 * Codes for situations whose real error Microsoft does not document (§2.3, §2.4, §7). They are ours: the sandbox sends
 * them, and this catalogue is where they change once the real ones are known.
 */
export const ASSUMED_ERROR_CODES = {
  /** The legacy `POST /customers/{id}/agreements` after 2026-01-05 (answered with 410 Gone). */
  legacyAttestationRetired: 'LegacyAttestationApiRetired',
  /** An App+User token on the enhanced attestation API, documented as app-only (403). */
  appOnlyRequired: 'AppOnlyAuthenticationRequired',
  /** An indirect reseller trying to attest (403); the docs say they cannot, not with which error. */
  indirectResellerCannotAttest: 'IndirectResellerCannotAttest',
  /** Creating the agreement before the customer accepted through the link (409). */
  attestationNotAccepted: 'AttestationNotAccepted',
  /** Creating the agreement, or accepting, after the link expired (410). */
  attestationLinkExpired: 'AttestationLinkExpired',
  /** An attestation id Partner Center does not know (404). */
  attestationNotFound: 'AttestationNotFound',
} as const;

export interface ErrorCatalogueEntry {
  /** Partner Center's `code`; absent for entries chosen by HTTP status alone. */
  code?: string;
  /** HTTP status: narrows a code that means different things under different statuses, or stands alone. */
  status?: number;
  key: ErrorMessageKey;
  retryable: boolean;
  basis: 'documented' | 'secondary' | 'assumption';
}

const codes = DOCUMENTED_ERROR_CODES;
const assumed = ASSUMED_ERROR_CODES;

export const ERROR_CATALOGUE: readonly ErrorCatalogueEntry[] = [
  { code: codes.duplicateAgreement, key: 'errors.attestation.duplicate', retryable: false, basis: 'documented' },
  // Listed beside the agreement errors without a documented meaning: shown as a refused agreement request.
  { code: '600009', key: 'errors.attestation.rejected', retryable: false, basis: 'assumption' },
  { code: codes.tenantNotFound, key: 'errors.customer.notFound', retryable: false, basis: 'documented' },
  { code: codes.invalidCustomerId, key: 'errors.customer.notFound', retryable: false, basis: 'documented' },
  { code: codes.purchaseBlockedMissingMca, key: 'errors.order.blockedMissingMca', retryable: false, basis: 'documented' },
  { code: codes.offerAttestationRequired, key: 'errors.order.offerAttestationRequired', retryable: false, basis: 'documented' },
  { code: codes.partnerAttestationMissing, key: 'errors.order.partnerAttestationMissing', retryable: false, basis: 'documented' },
  { code: codes.mfaRequired, key: 'errors.auth.mfaRequired', retryable: false, basis: 'secondary' },
  { code: codes.mfaRequiredLegacy, key: 'errors.auth.mfaRequired', retryable: false, basis: 'secondary' },
  { code: codes.partnerTokenMissing, key: 'errors.auth.accessDenied', retryable: false, basis: 'documented' },
  { code: codes.accessDenied, status: 401, key: 'errors.auth.accessDenied', retryable: false, basis: 'documented' },
  { code: codes.roleNotAllowed, key: 'errors.auth.roleForbidden', retryable: false, basis: 'documented' },
  { code: codes.insufficientPrivileges, key: 'errors.auth.roleForbidden', retryable: false, basis: 'documented' },
  { code: '2032', status: 403, key: 'errors.auth.roleForbidden', retryable: false, basis: 'documented' },
  { code: codes.appOnlyNotSupported, key: 'errors.auth.appOnlyNotSupported', retryable: false, basis: 'documented' },
  { code: codes.invalidRequestInput, key: 'errors.request.invalid', retryable: false, basis: 'documented' },
  { code: codes.notFound, key: 'errors.request.notFound', retryable: false, basis: 'documented' },
  { code: codes.unexpectedServiceError, key: 'errors.service.unavailable', retryable: true, basis: 'documented' },
  { code: assumed.legacyAttestationRetired, key: 'errors.attestation.legacyApiRetired', retryable: false, basis: 'assumption' },
  { code: assumed.appOnlyRequired, key: 'errors.attestation.appOnlyRequired', retryable: false, basis: 'assumption' },
  {
    code: assumed.indirectResellerCannotAttest,
    key: 'errors.attestation.resellerCannotAttest',
    retryable: false,
    basis: 'assumption',
  },
  { code: assumed.attestationNotAccepted, key: 'errors.attestation.notAccepted', retryable: false, basis: 'assumption' },
  { code: assumed.attestationLinkExpired, key: 'errors.attestation.linkExpired', retryable: false, basis: 'assumption' },
  { code: assumed.attestationNotFound, key: 'errors.attestation.notFound', retryable: false, basis: 'assumption' },
  { status: 400, key: 'errors.request.invalid', retryable: false, basis: 'documented' },
  // A 401 without a code we know: the token expired or was refused; the cure is to sign in again.
  { status: 401, key: 'errors.auth.tokenExpired', retryable: false, basis: 'documented' },
  { status: 403, key: 'errors.auth.roleForbidden', retryable: false, basis: 'documented' },
  { status: 404, key: 'errors.request.notFound', retryable: false, basis: 'documented' },
  { status: 408, key: 'errors.request.timeout', retryable: true, basis: 'documented' },
  { status: 429, key: 'errors.request.throttled', retryable: true, basis: 'documented' },
  { status: 504, key: 'errors.request.timeout', retryable: true, basis: 'documented' },
];

/** Failures that never reached Partner Center's answer. */
export const TRANSPORT_ERROR_KEYS = {
  offline: { key: 'errors.service.offline', retryable: true },
  unparseable: { key: 'errors.service.unparseable', retryable: true },
  serverError: { key: 'errors.service.unavailable', retryable: true },
  unknown: { key: 'errors.service.unknown', retryable: false },
} as const satisfies Record<string, { key: ErrorMessageKey; retryable: boolean }>;

export interface ApiErrorInput {
  /** The HTTP status; `offline` (or 0) when no answer came, `unparseable` when the answer was not Partner Center's. */
  status: number | 'offline' | 'unparseable';
  /** Partner Center's `code` from the error body, when there was one. */
  code?: string | number | null;
}

export interface ApiErrorDescription {
  key: ErrorMessageKey;
  retryable: boolean;
  params?: MessageParams;
}

export function describeApiError({ status, code }: ApiErrorInput): ApiErrorDescription {
  if (status === 'offline' || status === 0) return { ...TRANSPORT_ERROR_KEYS.offline };
  if (status === 'unparseable') return { ...TRANSPORT_ERROR_KEYS.unparseable };
  const codeText = code === undefined || code === null || code === '' ? undefined : String(code);
  const entry =
    (codeText !== undefined &&
      (ERROR_CATALOGUE.find((e) => e.code === codeText && e.status === status) ??
        ERROR_CATALOGUE.find((e) => e.code === codeText && e.status === undefined))) ||
    ERROR_CATALOGUE.find((e) => e.code === undefined && e.status === status);
  if (entry) return { key: entry.key, retryable: entry.retryable };
  if (status >= 500) return { ...TRANSPORT_ERROR_KEYS.serverError };
  return { ...TRANSPORT_ERROR_KEYS.unknown, params: { status, code: codeText ?? '-' } };
}
