// GET/POST /{tenant}/oauth2/v2.0/authorize: authorization code with PKCE (S256). Like Entra, a request whose client or
// redirect URI cannot be trusted gets an error page; any other error goes back to the redirect URI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm } from '../http/body';
import { redirect, sendHtml } from '../http/respond';
import type { AppRegistration } from './apps';
import { type AuthError, authErrors } from './errors';
import { CODE_LIFETIME_MS } from './grants';
import { parseScopes, unsupportedScope } from './scopes';
import type { AuthServices } from './services';
import { signInErrorPage, signInPage } from './sign-in-page';
import { SANDBOX_USERS, findUser } from './users';

interface AuthorizeRequest {
  app: AppRegistration;
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  state: string;
  scopes: string[];
  codeChallenge: string;
  nonce?: string;
  prompt?: string;
  loginHint?: string;
}

type Checked =
  | { kind: 'ok'; request: AuthorizeRequest }
  | { kind: 'untrusted'; message: string }
  | { kind: 'redirect'; redirectUri: string; responseMode: 'query' | 'fragment'; state: string | null; failure: AuthError };

function check(params: URLSearchParams, services: AuthServices): Checked {
  const clientId = params.get('client_id');
  if (!clientId) return { kind: 'untrusted', message: authErrors.missingParameter('client_id').message };
  const app = services.apps.get(clientId);
  if (!app) return { kind: 'untrusted', message: authErrors.appNotFound(clientId).message };
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return { kind: 'untrusted', message: authErrors.missingParameter('redirect_uri').message };
  if (app.kind !== 'spa' || !services.apps.acceptsRedirect(app, redirectUri)) {
    return { kind: 'untrusted', message: authErrors.redirectMismatch(redirectUri, app.clientId).message };
  }
  const responseMode = params.get('response_mode') === 'fragment' ? 'fragment' : 'query';
  const state = params.get('state');
  const fail = (failure: AuthError): Checked => ({ kind: 'redirect', redirectUri, responseMode, state, failure });
  if (params.get('response_type') !== 'code') return fail(authErrors.unsupportedResponseType());
  if (!state) return fail(authErrors.missingParameter('state'));
  const scopes = parseScopes(params.get('scope'));
  const badScope = unsupportedScope(scopes);
  if (badScope !== undefined) return fail(authErrors.invalidScope(badScope));
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
    return fail(authErrors.pkceRequired());
  }
  const request: AuthorizeRequest = { app, redirectUri, responseMode, state, scopes, codeChallenge };
  const nonce = params.get('nonce');
  const prompt = params.get('prompt');
  const loginHint = params.get('login_hint');
  if (nonce) request.nonce = nonce;
  if (prompt) request.prompt = prompt;
  if (loginHint) request.loginHint = loginHint;
  return { kind: 'ok', request };
}

function redirectTo(
  res: ServerResponse,
  target: { redirectUri: string; responseMode: 'query' | 'fragment' },
  values: Record<string, string>,
  headers?: Record<string, string>,
): void {
  const url = new URL(target.redirectUri);
  const params = new URLSearchParams(values);
  if (target.responseMode === 'fragment') url.hash = params.toString();
  else for (const [name, value] of params) url.searchParams.append(name, value);
  redirect(res, url.toString(), headers);
}

function redirectError(res: ServerResponse, target: Extract<Checked, { kind: 'redirect' }>): void {
  redirectTo(res, target, {
    error: target.failure.error,
    error_description: target.failure.message,
    ...(target.state ? { state: target.state } : {}),
  });
}

function issueCode(
  res: ServerResponse,
  services: AuthServices,
  request: AuthorizeRequest,
  userKey: string,
  cookie?: string,
): void {
  const grant = {
    clientId: request.app.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    scopes: request.scopes,
    userKey,
    expiresAt: services.clock.nowMs() + CODE_LIFETIME_MS,
  };
  const code = services.grants.issueCode(request.nonce ? { ...grant, nonce: request.nonce } : grant);
  redirectTo(res, request, { code, state: request.state }, cookie ? { 'Set-Cookie': cookie } : undefined);
}

export async function handleAuthorize(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  services: AuthServices,
): Promise<void> {
  const posted = req.method === 'POST' ? await readForm(req) : undefined;
  const params = posted ?? url.searchParams;
  const checked = check(params, services);
  if (checked.kind === 'untrusted') return sendHtml(res, 400, signInErrorPage(checked.message));
  if (checked.kind === 'redirect') return redirectError(res, checked);
  const { request } = checked;
  const now = services.clock.nowMs();
  const sessionUser = services.sessions.signedInUser(req, now);

  if (!posted) {
    if (request.prompt === 'none') {
      if (sessionUser) return issueCode(res, services, request, sessionUser);
      return redirectTo(res, request, {
        error: 'login_required',
        error_description: authErrors.loginRequired().message,
        state: request.state,
      });
    }
    const hinted = request.loginHint ? findUserByHint(request.loginHint) : undefined;
    return sendHtml(res, 200, signInPage({ app: request.app, params, selectedUser: hinted ?? sessionUser }));
  }

  if (posted.get('action') === 'cancel') {
    const cancelled = authErrors.userCancelled();
    return redirectTo(res, request, { error: cancelled.error, error_description: cancelled.message, state: request.state });
  }
  const user = findUser(posted.get('user') ?? '');
  if (!user)
    return sendHtml(
      res,
      400,
      signInPage({ app: request.app, params, selectedUser: undefined, error: 'Choose who is signing in.' }),
    );
  issueCode(res, services, request, user.key, services.sessions.start(user.key, now));
}

/** `login_hint` names a user by username (or by the form's key). */
function findUserByHint(hint: string): string | undefined {
  const wanted = hint.toLowerCase();
  return SANDBOX_USERS.find((user) => user.username.toLowerCase() === wanted || user.key === wanted)?.key;
}
