import { describe, expect, it } from 'vitest';
import { createPkcePair, createState, pkceChallenge } from '@/lib/auth/pkce';

// RFC 7636, appendix B.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88,
  83, 132, 141, 121,
];
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('matches the RFC 7636 appendix B example', async () => {
    expect(await pkceChallenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE);
    expect(await createPkcePair(() => new Uint8Array(RFC_OCTETS))).toEqual({ verifier: RFC_VERIFIER, challenge: RFC_CHALLENGE });
  });

  it('makes 43-character base64url verifiers, different each time', async () => {
    const pairs = await Promise.all(Array.from({ length: 20 }, () => createPkcePair()));
    for (const { verifier, challenge } of pairs) {
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
      expect(challenge).toBe(await pkceChallenge(verifier));
    }
    expect(new Set(pairs.map((pair) => pair.verifier)).size).toBe(20);
  });

  it('makes unguessable, URL-safe states', () => {
    const states = Array.from({ length: 20 }, () => createState());
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(states).size).toBe(20);
  });
});
