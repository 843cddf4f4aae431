import { describe, expect, it } from 'vitest';
import { AuthError } from '@/lib/auth/errors';
import { parseAuthorizeRedirect } from '@/lib/auth/redirect';

const BASE = 'https://abcdefghijklmnop.chromiumapp.org/';

function failure(url: string, state = 's1'): AuthError {
  try {
    parseAuthorizeRedirect(url, state);
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('expected an AuthError');
}

describe('parseAuthorizeRedirect', () => {
  it('returns the code when the state matches', () => {
    expect(parseAuthorizeRedirect(`${BASE}?code=abc&state=s1&session_state=x`, 's1')).toBe('abc');
  });

  it('reads a fragment answer too', () => {
    expect(parseAuthorizeRedirect(`${BASE}#code=abc&state=s1`, 's1')).toBe('abc');
  });

  it.each([
    [`${BASE}?code=abc&state=other`, 'state-mismatch', 'auth.errors.stateMismatch'],
    [`${BASE}?code=abc`, 'state-mismatch', 'auth.errors.stateMismatch'],
    [`${BASE}?error=login_required&state=other`, 'state-mismatch', 'auth.errors.stateMismatch'],
    [`${BASE}?error=login_required&error_description=AADSTS50058&state=s1`, 'interaction-required', 'auth.errors.signInRequired'],
    [`${BASE}?error=interaction_required&state=s1`, 'interaction-required', 'auth.errors.signInRequired'],
    [`${BASE}?error=consent_required&state=s1`, 'consent-required', 'auth.errors.consentRequired'],
    [`${BASE}?error=access_denied&state=s1`, 'access-denied', 'auth.errors.accessDenied'],
    [`${BASE}?error=invalid_request&error_description=AADSTS900144&state=s1`, 'sign-in-refused', 'auth.errors.signInRefused'],
    [`${BASE}?state=s1`, 'invalid-response', 'auth.errors.invalidResponse'],
    ['not a url', 'invalid-response', 'auth.errors.invalidResponse'],
  ])('%s → %s', (url, reason, messageKey) => {
    expect(failure(url)).toMatchObject({ reason, messageKey });
  });

  it('keeps Entra error and description for the details', () => {
    const error = failure(`${BASE}?error=interaction_required&error_description=AADSTS50076%3A+MFA&state=s1`);
    expect(error).toMatchObject({
      entraError: 'interaction_required',
      description: 'AADSTS50076: MFA',
      params: { code: 'interaction_required' },
    });
  });
});
