import type { AppMessageKey, MessageParams } from '../i18n';

export type AuthErrorReason =
  | 'not-configured'
  | 'state-mismatch'
  | 'interaction-required'
  | 'consent-required'
  | 'access-denied'
  | 'cancelled'
  | 'refresh-expired'
  | 'mfa-required'
  | 'sign-in-refused'
  | 'invalid-response'
  | 'network'
  | 'app-credential-missing'
  | 'origin-not-allowed'
  | 'timeout'
  | 'wrong-audience'
  | 'wrong-tenant';

const MESSAGE_KEYS = {
  'not-configured': 'auth.errors.notConfigured',
  'state-mismatch': 'auth.errors.stateMismatch',
  'interaction-required': 'auth.errors.signInRequired',
  'consent-required': 'auth.errors.consentRequired',
  'access-denied': 'auth.errors.accessDenied',
  cancelled: 'auth.errors.cancelled',
  'refresh-expired': 'auth.errors.refreshExpired',
  'mfa-required': 'errors.auth.mfaRequired',
  'sign-in-refused': 'auth.errors.signInRefused',
  'invalid-response': 'auth.errors.invalidResponse',
  network: 'auth.errors.network',
  'app-credential-missing': 'auth.errors.appCredentialMissing',
  'origin-not-allowed': 'auth.errors.originNotAllowed',
  timeout: 'auth.errors.timeout',
  'wrong-audience': 'auth.errors.wrongAudience',
  'wrong-tenant': 'auth.errors.wrongTenant',
} as const satisfies Record<AuthErrorReason, AppMessageKey>;

export type AuthErrorMessageKey = (typeof MESSAGE_KEYS)[AuthErrorReason];

export interface AuthErrorDetails {
  /** The OAuth `error` Entra sent, e.g. `invalid_grant`. */
  entraError?: string;
  /** Entra's `error_description` (an AADSTS code and trace ids; no secret). */
  description?: string;
  /** What the message names besides the code, e.g. the tenant signed in to. */
  params?: MessageParams;
}

/** Every sign-in failure: `reason` for the code, `messageKey` + `params` for the person. */
export class AuthError extends Error {
  readonly messageKey: AuthErrorMessageKey;
  readonly params: MessageParams;
  readonly entraError?: string;
  readonly description?: string;

  constructor(
    readonly reason: AuthErrorReason,
    details: AuthErrorDetails = {},
  ) {
    super(details.entraError ? `${reason} (${details.entraError})` : reason);
    this.name = 'AuthError';
    this.messageKey = MESSAGE_KEYS[reason];
    this.params = { code: details.entraError ?? '-', ...details.params };
    if (details.entraError !== undefined) this.entraError = details.entraError;
    if (details.description !== undefined) this.description = details.description;
  }
}

export function isAuthError(error: unknown, ...reasons: AuthErrorReason[]): error is AuthError {
  return error instanceof AuthError && (reasons.length === 0 || reasons.includes(error.reason));
}
