import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ONLY_CLIENT_ID, DELEGATED_CLIENT_ID } from './auth/apps';
import { PARTNER_TENANT_ID } from './auth/users';
import type { Sandbox } from './server';
import {
  callApi,
  clientAssertion,
  clientCredentialsForm,
  createAppCredential,
  registerCertificate,
  startTestSandbox,
  tokenEndpoint,
  tokenRequest,
  type AppCredential,
} from './test-support';

let sandbox: Sandbox;
let registered: AppCredential;
let unregistered: AppCredential;

beforeAll(async () => {
  [sandbox, registered, unregistered] = await Promise.all([
    startTestSandbox({ customers: 20 }),
    createAppCredential(),
    createAppCredential(),
  ]);
});
afterAll(() => sandbox.close());

const requestToken = (form: Record<string, string>, tenant = PARTNER_TENANT_ID) =>
  tokenRequest(sandbox, form, { tenant, origin: null });

describe('certificate registration (stands in for the upload to the app registration)', () => {
  it('registers a PEM certificate on the app-only app and lists it', async () => {
    const response = await registerCertificate(sandbox, registered.pem);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ clientId: APP_ONLY_CLIENT_ID, thumbprintSha256: registered.thumbprint });
    const list = (await (await fetch(`${sandbox.url}/_sandbox/apps/${APP_ONLY_CLIENT_ID}/certificates`)).json()) as {
      certificates: unknown[];
    };
    expect(list.certificates).toHaveLength(1);
  });

  it('accepts the PEM in a JSON body too', async () => {
    const other = await createAppCredential();
    const response = await fetch(`${sandbox.url}/_sandbox/apps/${APP_ONLY_CLIENT_ID}/certificates`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pem: other.pem }),
    });
    expect(response.status).toBe(201);
    const removed = await fetch(`${sandbox.url}/_sandbox/apps/${APP_ONLY_CLIENT_ID}/certificates/${other.thumbprint}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(200);
  });

  it('refuses something that is not a certificate, a public client, and an unknown app', async () => {
    expect((await registerCertificate(sandbox, 'not a pem')).status).toBe(400);
    expect((await registerCertificate(sandbox, registered.pem, DELEGATED_CLIENT_ID)).status).toBe(400);
    expect((await registerCertificate(sandbox, registered.pem, '99999999-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('client credentials with a client assertion', () => {
  it('gives an app-only token for an assertion signed by a registered certificate', async () => {
    const { status, body } = await requestToken(clientCredentialsForm(await clientAssertion(sandbox, registered)));
    expect(status).toBe(200);
    expect(body.refresh_token).toBeUndefined();
    const claims = decodeJwt(String(body.access_token));
    expect(claims).toMatchObject({
      aud: 'https://api.partnercenter.microsoft.com',
      tid: PARTNER_TENANT_ID,
      idtyp: 'app',
      azp: APP_ONLY_CLIENT_ID,
    });
    expect(claims.roles).toEqual(['AdminAgent']);
    expect(claims.scp).toBeUndefined();
    const customers = await callApi(sandbox, String(body.access_token), '/v1/customers?size=5');
    expect(customers.status).toBe(200);
  });

  it('refuses an assertion signed with a certificate that is not registered', async () => {
    const { status, body } = await requestToken(clientCredentialsForm(await clientAssertion(sandbox, unregistered)));
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [700027] });
  });

  it('refuses an assertion naming a registered certificate but signed with another key', async () => {
    const forged = await clientAssertion(sandbox, { ...unregistered, thumbprint: registered.thumbprint });
    const { status, body } = await requestToken(clientCredentialsForm(forged));
    expect(status).toBe(401);
    expect(String(body.error_description)).toContain('signature');
  });

  it('refuses a replayed assertion (same jti)', async () => {
    const assertion = await clientAssertion(sandbox, registered, { jti: 'once-only' });
    expect((await requestToken(clientCredentialsForm(assertion))).status).toBe(200);
    const replay = await requestToken(clientCredentialsForm(assertion));
    expect(replay.status).toBe(401);
    expect(String(replay.body.error_description)).toContain('jti');
  });

  it.each([
    ['aimed at another audience', { audience: 'https://login.microsoftonline.com/x/oauth2/v2.0/token' }, 700023],
    ['issued by another client', { issuer: DELEGATED_CLIENT_ID }, 700021],
    ['already expired', { expiresIn: -60 }, 700024],
  ])('refuses an assertion %s', async (_name, overrides, code) => {
    const { status, body } = await requestToken(clientCredentialsForm(await clientAssertion(sandbox, registered, overrides)));
    expect(status).toBe(401);
    expect(body.error_codes).toEqual([code]);
  });

  it('needs a tenant-specific endpoint and the /.default scope', async () => {
    const common = await requestToken(
      clientCredentialsForm(await clientAssertion(sandbox, registered, { audience: tokenEndpoint(sandbox, 'common') })),
      'common',
    );
    expect(common.body).toMatchObject({ error: 'invalid_request', error_codes: [50194] });
    const scoped = await requestToken({
      ...clientCredentialsForm(await clientAssertion(sandbox, registered)),
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    });
    expect(scoped.body).toMatchObject({ error: 'invalid_scope' });
  });

  it('refuses client credentials without an assertion, and for the public app', async () => {
    const { client_assertion: _dropped, ...noAssertion } = clientCredentialsForm('x');
    expect((await requestToken(noAssertion)).body).toMatchObject({ error: 'invalid_client', error_codes: [7000218] });
    const publicApp = await requestToken({
      ...clientCredentialsForm(await clientAssertion(sandbox, registered)),
      client_id: DELEGATED_CLIENT_ID,
    });
    expect(publicApp.body).toMatchObject({ error: 'unauthorized_client' });
  });
});
