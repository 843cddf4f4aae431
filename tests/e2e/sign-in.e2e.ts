import { expect, test } from './support/fixtures';
import { pointAtSandbox, signInAs } from './support/sign-in';

const ACCOUNT = '.account-bar';

test('sign in through Partner Center, see who is signed in, read a status from the API, sign out', async ({
  extension,
  sandbox,
}) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  expect(await options.waitFor({ selector: `${ACCOUNT} p`, text: 'Signed in as', pattern: true })).toMatch(
    /^Signed in as Camille .*contosopartner\.onmicrosoft\.com/,
  );

  // A customer whose Account page was never opened: its Subscriptions page shows what the API says.
  const customer = sandbox.store.findCustomer({ status: 'attestation-current', language: 'en' });
  expect(customer).toBeDefined();
  const page = await extension.openPage(`${sandbox.url}/dashboard/v2/customers/${customer!.tenantId}/subscriptions`);
  expect(await page.waitFor({ selector: 'button.badge', text: 'MCA: Current attestation' })).toBe('MCA: Current attestation');

  await options.click({ selector: `${ACCOUNT} button`, text: 'Sign out' });
  expect(await options.waitFor({ selector: `${ACCOUNT} p`, text: 'Not signed in', pattern: true })).toContain('Not signed in');
});

test('a user without MFA is refused with a clear message', async ({ extension, sandbox }) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'no-mfa');
  expect(await options.waitFor(`${ACCOUNT} [role="alert"]`)).toContain(
    'Partner Center requires multi-factor authentication (MFA)',
  );
  expect(await options.texts({ selector: `${ACCOUNT} button`, text: 'Sign in to Partner Center' })).toHaveLength(1);
});

test('an expired refresh token is renewed by a silent sign-in, and after the sign-in session ends the user signs in again', async ({
  extension,
  sandbox,
}) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: `${ACCOUNT} p`, text: 'Signed in as', pattern: true });
  const [first, second] = sandbox.store.findCustomers({ status: 'none' });

  // A day later for Partner Center: access and refresh tokens have expired, the sign-in session has not.
  sandbox.clock.advance(25 * 3600 * 1000);
  const page = await extension.openPage(`${sandbox.url}/dashboard/v2/customers/${first!.tenantId}/subscriptions`);
  expect(await page.waitFor({ selector: 'button.badge', text: 'MCA: No agreement' })).toBe('MCA: No agreement');
  expect(await options.texts({ selector: `${ACCOUNT} p`, text: 'Signed in as', pattern: true })).toHaveLength(1);

  // A week later the sign-in session is over too: the status says where it comes from and the user can sign in again.
  sandbox.clock.advance(8 * 24 * 3600 * 1000);
  await page.goto(`${sandbox.url}/dashboard/v2/customers/${second!.tenantId}/subscriptions`);
  expect(await page.waitFor({ selector: 'button.badge', text: 'MCA: Unknown', pattern: true })).toMatch(/^MCA: Unknown/);
  await options.waitFor({ selector: `${ACCOUNT} button`, text: 'Sign in to Partner Center' });
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: `${ACCOUNT} p`, text: 'Signed in as', pattern: true });
  await page.reload();
  expect(await page.waitFor({ selector: 'button.badge', text: 'MCA: No agreement' })).toBe('MCA: No agreement');
});
