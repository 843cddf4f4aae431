// An app credential with a real non-extractable key pair, for the tests of the key stores.
import { APP_CREDENTIAL_KEY_ALGORITHM, type AppCredential } from '@/lib/auth/app-credential';

export async function credential(id: string, state: AppCredential['state'] = 'active'): Promise<AppCredential> {
  const keys = await crypto.subtle.generateKey(APP_CREDENTIAL_KEY_ALGORITHM, false, ['sign', 'verify']);
  return {
    id,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    certificatePem: `PEM ${id}`,
    createdAt: '2026-11-23T12:00:00.000Z',
    expiresAt: '2027-11-23T12:00:00.000Z',
    state,
  };
}
