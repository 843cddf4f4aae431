// The API's error answers, with the codes of lib/partner-center/errors.ts so that sandbox and extension agree on them.
import { ASSUMED_ERROR_CODES, DOCUMENTED_ERROR_CODES } from '@/lib/partner-center/errors';
import type { ApiErrorBody, ThrottledResponse } from '@/lib/partner-center/schemas';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | ThrottledResponse,
    readonly headers: Record<string, string> = {},
  ) {
    super('code' in body ? `${status} ${body.code}: ${body.description}` : `${status}: ${body.message}`);
  }
}

const codes = DOCUMENTED_ERROR_CODES;
const assumed = ASSUMED_ERROR_CODES;
const fail = (status: number, code: string, description: string, headers?: Record<string, string>) =>
  new ApiFailure(status, { code, description, data: [], source: 'PartnerCenterSandbox' }, headers);
const bearer = (error: string) => ({
  'WWW-Authenticate': `Bearer realm="", error="invalid_token", error_description="${error}"`,
});

export const apiErrors = {
  tokenMissing: () =>
    fail(401, codes.partnerTokenMissing, 'Partner Token missing in request context', { 'WWW-Authenticate': 'Bearer realm=""' }),
  accessDenied: (why: string) => fail(401, codes.accessDenied, `Access denied: ${why}.`, bearer(why)),
  mfaRequired: () =>
    fail(
      401,
      codes.mfaRequired,
      'Multi-factor authentication is required: the App+User token carries no MFA claim (amr without "mfa"). Sign in again completing MFA.',
    ),
  appOnlyNotSupported: () =>
    fail(403, codes.appOnlyNotSupported, 'This resource does not support application-only authentication.'),
  appOnlyRequired: () =>
    fail(
      403,
      assumed.appOnlyRequired,
      'This scenario only supports AppOnly authentication: call it with an application token (client credentials), not App+User.',
    ),
  roleNotAllowed: (what: string) =>
    fail(403, codes.roleNotAllowed, `The supplied role doesn't have the rights to perform the requested operation: ${what}.`),
  resellerCannotAttest: () =>
    fail(
      403,
      assumed.indirectResellerCannotAttest,
      'Indirect resellers cannot confirm customer acceptance of the Microsoft Customer Agreement; the indirect provider must do it, or the customer must accept directly.',
    ),
  invalidCustomerId: (id: string) => fail(400, codes.invalidCustomerId, `Invalid Customer ID: '${id}' is not a GUID.`),
  tenantNotFound: () => fail(404, codes.tenantNotFound, 'Tenant not found'),
  notFound: (what: string) => fail(404, codes.notFound, `Not found: ${what}.`),
  invalidInput: (what: string) => fail(400, codes.invalidRequestInput, `Invalid request input: ${what}.`),
  duplicateAgreement: () =>
    new ApiFailure(400, {
      code: Number(codes.duplicateAgreement),
      message: 'A partner confirmed agreement already exists for the customer.',
      description: 'A partner confirmed agreement already exists for the customer.',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
      isRetryable: false,
      parameters: {},
      errorMessageExtended: `InternalErrorCode=${codes.duplicateAgreement}`,
    }),
  legacyAttestationRetired: () =>
    fail(
      410,
      assumed.legacyAttestationRetired,
      'This API was retired on 2026-01-05: confirm customer acceptance with the enhanced attestation API, or have the customer accept in the Microsoft 365 admin center.',
    ),
  attestationNotFound: (id: string) => fail(404, assumed.attestationNotFound, `No attestation with id '${id}'.`),
  attestationNotAccepted: () =>
    fail(409, assumed.attestationNotAccepted, 'The customer has not accepted the agreement through the attestation link yet.'),
  attestationLinkExpired: () =>
    fail(
      410,
      assumed.attestationLinkExpired,
      'The attestation link expired before the customer accepted; create a new attestation.',
    ),
  serviceError: () => fail(500, codes.unexpectedServiceError, 'Unexpected service error'),
  serviceUnavailable: () =>
    fail(503, codes.unexpectedServiceError, 'The service is temporarily unavailable.', { 'Retry-After': '1' }),
  gatewayTimeout: () => fail(504, '504', 'Gateway timeout: the service did not answer in time.'),
  methodNotAllowed: (allowed: string) => fail(405, '405', `Method not allowed; use ${allowed}.`, { Allow: allowed }),
  throttled: (retryAfterSeconds: number) =>
    new ApiFailure(
      429,
      { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.` },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};
