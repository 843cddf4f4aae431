import { AuthError, type AuthErrorReason } from './errors';

const ENTRA_ERROR_REASONS: Record<string, AuthErrorReason> = {
  login_required: 'interaction-required',
  interaction_required: 'interaction-required',
  consent_required: 'consent-required',
  access_denied: 'access-denied',
};

const ANSWER_PARAMS = ['code', 'error', 'state'];

function redirectParams(url: URL): URLSearchParams {
  if (ANSWER_PARAMS.some((name) => url.searchParams.has(name))) return url.searchParams;
  // Some flows answer in the fragment even when the query was asked for.
  return new URLSearchParams(url.hash.replace(/^#/, ''));
}

/**
 * The authorization code from the URL `launchWebAuthFlow` resolved with. The state is checked first: an answer to
 * another request, error or not, is never acted on.
 */
export function parseAuthorizeRedirect(redirectUrl: string, expectedState: string): string {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    throw new AuthError('invalid-response');
  }
  const params = redirectParams(url);
  if (params.get('state') !== expectedState) throw new AuthError('state-mismatch');
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description') ?? undefined;
    throw new AuthError(ENTRA_ERROR_REASONS[error] ?? 'sign-in-refused', {
      entraError: error,
      ...(description ? { description } : {}),
    });
  }
  const code = params.get('code');
  if (!code) throw new AuthError('invalid-response');
  return code;
}
