// The sign-in page: no password, the tester picks who signs in. Submitting posts back to the same URL with the
// original query parameters in hidden fields.
import { html, htmlPage } from '../html';
import type { AppRegistration } from './apps';
import { SANDBOX_USERS } from './users';

const ROLE_LABELS = { AdminAgent: 'Admin agent', SalesAgent: 'Sales agent', IndirectReseller: 'Indirect reseller' } as const;

export function signInPage(options: {
  app: AppRegistration;
  params: URLSearchParams;
  selectedUser: string | undefined;
  error?: string;
}): string {
  const selected = options.selectedUser ?? SANDBOX_USERS[0]?.key;
  const hidden = [...options.params].filter(([name]) => name !== 'user' && name !== 'action');
  const body = html`
    <h1>Sign in to Partner Center (sandbox)</h1>
    <p><strong>${options.app.displayName}</strong> wants to call the Partner Center API on your behalf.</p>
    ${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
    <form method="post">
      ${hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
      <fieldset>
        <legend>Who is signing in?</legend>
        ${SANDBOX_USERS.map(
          (user) =>
            html`<label for="user-${user.key}"><input type="radio" id="user-${user.key}" name="user" value="${user.key}"${
              user.key === selected ? html` checked` : ''
            }> ${user.name} &lt;${user.username}&gt; — ${ROLE_LABELS[user.role]}, ${user.mfa ? 'signs in with MFA' : 'no MFA'}</label>`,
        )}
      </fieldset>
      <button type="submit" id="sign-in" name="action" value="sign-in">Sign in</button>
      <button type="submit" id="cancel" class="secondary" name="action" value="cancel">Cancel</button>
    </form>
    <p class="note">This is the local Partner Center sandbox: no password is asked and nothing leaves this computer.</p>`;
  return htmlPage({ title: 'Sign in — Partner Center sandbox', lang: 'en', body });
}

export function signInErrorPage(message: string): string {
  const body = html`
    <h1>Sign-in problem</h1>
    <p class="error" role="alert">${message}</p>
    <p class="note">The sandbox does not send you back to the application because its request could not be trusted.</p>`;
  return htmlPage({ title: 'Sign-in problem — Partner Center sandbox', lang: 'en', body });
}
