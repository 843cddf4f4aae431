import type { AppCredential } from '../auth/app-credential';

/** What pages may know of a credential: never its keys. */
export interface CredentialSummary {
  /** The `x5t#S256` thumbprint the assertions carry. */
  id: string;
  /** Upper-case hex SHA-1 of the certificate, the thumbprint Microsoft Entra lists for an uploaded certificate. */
  thumbprintSha1: string;
  certificatePem: string;
  createdAt: string;
  expiresAt: string;
  state: AppCredential['state'];
}

export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
}

export async function sha1Thumbprint(pem: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', pemToDer(pem)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

export async function credentialSummary(credential: AppCredential): Promise<CredentialSummary> {
  const { id, certificatePem, createdAt, expiresAt, state } = credential;
  return { id, thumbprintSha1: await sha1Thumbprint(certificatePem), certificatePem, createdAt, expiresAt, state };
}

/** The active credential first, then the previous ones, newest first. */
export function byRelevance(a: CredentialSummary, b: CredentialSummary): number {
  return Number(b.state === 'active') - Number(a.state === 'active') || b.createdAt.localeCompare(a.createdAt);
}
