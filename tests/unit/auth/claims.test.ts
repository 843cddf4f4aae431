import { describe, expect, it } from 'vitest';
import { accountFromClaims, assertMfa, hasMfa, readClaims } from '@/lib/auth/claims';
import { fakeJwt, PERSON } from './fake-entra';

describe('token claims', () => {
  it('reads the claims without verifying (the token comes straight from the token endpoint)', () => {
    expect(readClaims(fakeJwt({ ...PERSON, amr: ['pwd', 'mfa'] }))).toMatchObject({ tid: PERSON.tid, amr: ['pwd', 'mfa'] });
  });

  it.each(['', 'abc', 'a.b', 'a.!!!.c'])('refuses %j as a token', (token) => {
    expect(() => readClaims(token)).toThrow(expect.objectContaining({ reason: 'invalid-response' }));
  });

  it.each([
    [['pwd', 'mfa'], true],
    [['mfa'], true],
    [['pwd', 'rsa'], false],
    [['pwd'], false],
    [undefined, false],
  ])('amr %j satisfies MFA: %s', (amr, expected) => {
    const claims = readClaims(fakeJwt({ ...PERSON, ...(amr ? { amr } : {}) }));
    expect(hasMfa(claims)).toBe(expected);
    if (expected) expect(() => assertMfa(claims)).not.toThrow();
    else
      expect(() => assertMfa(claims)).toThrow(
        expect.objectContaining({ reason: 'mfa-required', messageKey: 'errors.auth.mfaRequired' }),
      );
  });

  it('names who signed in from the id token, the access token filling gaps', () => {
    const id = readClaims(fakeJwt(PERSON));
    const access = readClaims(
      fakeJwt({ tid: PERSON.tid, oid: PERSON.oid, upn: 'upn@contoso.onmicrosoft.com', roles: ['AdminAgent'] }),
    );
    expect(accountFromClaims(id, access)).toEqual({
      name: PERSON.name,
      username: PERSON.preferred_username,
      tenantId: PERSON.tid,
      objectId: PERSON.oid,
      role: 'AdminAgent',
    });
  });

  it('works from a v1 access token alone', () => {
    const access = readClaims(fakeJwt({ tid: 't', oid: 'o', unique_name: 'u@contoso.com', name: 'U' }));
    expect(accountFromClaims(undefined, access)).toEqual({ name: 'U', username: 'u@contoso.com', tenantId: 't', objectId: 'o' });
  });

  it('refuses tokens that do not say which tenant and user', () => {
    expect(() => accountFromClaims(undefined, readClaims(fakeJwt({ name: 'x' })))).toThrow(
      expect.objectContaining({ reason: 'invalid-response' }),
    );
  });
});
