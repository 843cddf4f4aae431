import type { Settings } from '../settings/schema';
import type { Failure } from '../failure/failure';

export type AttestationSettings = Pick<Settings, 'partnerRole' | 'partnerTenant' | 'appOnlyClientId'>;

/** Why this browser cannot attest at all, said before anything is sent to Partner Center; null when it can try. */
export function attestationRefusal(settings: AttestationSettings, hasCredential: boolean): Failure | null {
  // Microsoft: indirect resellers cannot attest; their indirect provider does (partner-center-api.md §2.4).
  if (settings.partnerRole === 'indirect-reseller') return { messageKey: 'errors.attestation.resellerCannotAttest', retryable: false, code: 'indirect-reseller' };
  if (!settings.partnerTenant.trim()) return { messageKey: 'auth.errors.notConfigured', retryable: false, code: 'not-configured' };
  if (!settings.appOnlyClientId.trim()) return { messageKey: 'attestation.errors.noClientId', retryable: false, code: 'not-configured' };
  if (!hasCredential) return { messageKey: 'auth.errors.appCredentialMissing', retryable: false, code: 'app-credential-missing' };
  return null;
}
