import type { Settings } from '../settings/schema';
import type { Failure } from '../failure/failure';

export type AttestationSettings = Pick<Settings, 'partnerRole' | 'partnerTenant' | 'appOnlyClientId'>;

/** An attestation is a legal statement in the partner's name: only a signed-in member of staff (MFA) makes one. */
export const SIGN_IN_REQUIRED: Failure = {
  messageKey: 'attestation.errors.signInRequired',
  retryable: false,
  code: 'sign-in-required',
};

/**
 * Why this browser cannot attest at all, said before anything is sent to Partner Center; null when it can try.
 * `signedIn`: a delegated sign-in of the partner tenant with MFA is current (the token manager's state, asked each time).
 */
export function attestationRefusal(settings: AttestationSettings, hasCredential: boolean, signedIn: boolean): Failure | null {
  // Microsoft: indirect resellers cannot attest; their indirect provider does (docs/partner-center-api.md §2.4).
  if (settings.partnerRole === 'indirect-reseller')
    return { messageKey: 'errors.attestation.resellerCannotAttest', retryable: false, code: 'indirect-reseller' };
  if (!settings.partnerTenant.trim())
    return { messageKey: 'auth.errors.notConfigured', retryable: false, code: 'not-configured' };
  if (!settings.appOnlyClientId.trim())
    return { messageKey: 'attestation.errors.noClientId', retryable: false, code: 'not-configured' };
  if (!hasCredential) return { messageKey: 'auth.errors.appCredentialMissing', retryable: false, code: 'app-credential-missing' };
  if (!signedIn) return SIGN_IN_REQUIRED;
  return null;
}
