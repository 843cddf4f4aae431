// PKCE (RFC 7636) with S256, and the OAuth `state`, from WebCrypto.
import { base64url } from 'jose';

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export type RandomBytes = (length: number) => Uint8Array;

export const randomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** base64url(SHA-256(ASCII(verifier))). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}

/** 32 random octets give a 43-character verifier, the shortest RFC 7636 allows and the one its example uses. */
export async function createPkcePair(random: RandomBytes = randomBytes): Promise<PkcePair> {
  const verifier = base64url.encode(random(32));
  return { verifier, challenge: await pkceChallenge(verifier) };
}

export function createState(random: RandomBytes = randomBytes): string {
  return base64url.encode(random(24));
}
