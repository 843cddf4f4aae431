// The client and the sign-in library against an in-process sandbox: the sign-in form is posted with Node's fetch where
// the browser's identity.launchWebAuthFlow would show it, then the API is called as the background will call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCredential, createAppOnlyTokenSource, createMemoryKeyStore } from '@/lib/auth/app-credential';
import { createMemorySessionArea } from '@/lib/auth/session';
import { createTokenManager, type TokenManager } from '@/lib/auth/token-manager';
import { createPartnerCenterClient, PartnerCenterError, type PartnerCenterClient } from '@/lib/partner-center/client';
import { APP_ONLY_CLIENT_ID, DELEGATED_CLIENT_ID, PARTNER_TENANT_ID, startSandbox, type Sandbox } from '@/tests/sandbox/server';
import { collect, failure } from './client-fakes';

const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const CUSTOMERS = 120;

let sandbox: Sandbox;
let tokens: TokenManager;
let client: PartnerCenterClient;
const statuses: number[] = [];

/** What the browser adds to a cross-origin request from the extension, which Entra requires for SPA redemption. */
const extensionFetch = (input: string, init?: RequestInit) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: EXTENSION_ORIGIN } });

/** Stands in for identity.launchWebAuthFlow: submits the sandbox's sign-in form as the admin agent. */
async function launchWebAuthFlow({ url }: { url: string; interactive: boolean }): Promise<string | undefined> {
  const form = new URLSearchParams(new URL(url).searchParams);
  form.set('user', 'admin-agent');
  form.set('action', 'sign-in');
  const response = await fetch(url, { method: 'POST', body: form, redirect: 'manual' });
  return response.headers.get('location') ?? undefined;
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    portal: false,
    customers: CUSTOMERS,
    timeoutMs: 50,
    now: new Date('2025-06-02T09:00:00Z'),
  });
  const settings = {
    apiBaseUrl: sandbox.url,
    signInAuthority: sandbox.url,
    partnerTenant: PARTNER_TENANT_ID,
    delegatedClientId: DELEGATED_CLIENT_ID,
  };
  tokens = createTokenManager({
    storage: createMemorySessionArea(),
    fetch: extensionFetch,
    launchWebAuthFlow,
    redirectUri: REDIRECT_URI,
    settings: () => settings,
  });
  client = createPartnerCenterClient({
    baseUrl: sandbox.url,
    getAccessToken: tokens.getAccessToken,
    onUnauthorized: tokens.invalidate,
    locale: 'fr-FR',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    },
  });
});

afterAll(() => sandbox?.close());

describe('Partner Center client against the sandbox', () => {
  it('signs in with PKCE through the sandbox sign-in, with MFA', async () => {
    const account = await tokens.signIn();
    expect(account).toMatchObject({ name: 'Camille Lefèvre', tenantId: PARTNER_TENANT_ID });
  });

  it('lists every customer, page by page', async () => {
    const pages = await collect(client.listCustomers({ pageSize: 50 }));
    expect(pages.map((page) => page.customers.length)).toEqual([50, 50, 20]);
    const ids = pages.flatMap((page) => page.customers.map((customer) => customer.id));
    expect(new Set(ids).size).toBe(CUSTOMERS);
    expect(ids).toEqual(sandbox.store.customers().map((customer) => customer.tenantId));
  });

  it('filters customers by name', async () => {
    const first = sandbox.store.customers()[0];
    const prefix = first?.companyName.slice(0, 4) ?? '';
    const pages = await collect(client.listCustomers({ filter: { field: 'CompanyName', value: prefix } }));
    const names = pages.flatMap((page) => page.customers.map((customer) => customer.companyProfile.companyName));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.toLowerCase().startsWith(prefix.toLowerCase()))).toBe(true);
  });

  it('gets a customer’s MCA agreements and the MCA template', async () => {
    const attested = sandbox.store.findCustomer({ status: 'attestation-current' });
    expect(attested).toBeDefined();
    const agreements = await client.getCustomerAgreements(attested?.tenantId ?? '');
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((agreement) => agreement.type === 'MicrosoftCustomerAgreement')).toBe(true);
    const [template] = await client.getAgreementMetadata();
    expect(template).toMatchObject({
      agreementType: 'MicrosoftCustomerAgreement',
      templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
    });
  });

  it('gets the direct-signing status', async () => {
    const direct = sandbox.store.findCustomer({ status: 'direct-acceptance' });
    const none = sandbox.store.findCustomer({ status: 'none' });
    expect(await client.getDirectSignStatus(direct?.tenantId ?? '')).toEqual({ isSigned: true });
    expect(await client.getDirectSignStatus(none?.tenantId ?? '')).toEqual({ isSigned: false });
  });

  it('reads the bulk agreement records', async () => {
    const pages = await collect(client.listCustomerAgreementRecords());
    expect(pages.flat()).toHaveLength(CUSTOMERS);
  });

  it('an unknown customer is a PartnerCenterError 60003 with its message and ids', async () => {
    const error = (await failure(client.getCustomer('0badc0de-0000-4000-8000-000000000000'))) as PartnerCenterError;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      status: 404,
      code: '60003',
      messageKey: 'errors.customer.notFound',
      correlationId: client.correlationId,
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a failing customer ends with the server error after the retries', async () => {
    const failing = sandbox.store.findCustomer({ status: 'api-error' });
    const quick = createPartnerCenterClient({
      baseUrl: sandbox.url,
      getAccessToken: tokens.getAccessToken,
      sleep: async () => undefined,
    });
    const error = (await failure(quick.getCustomerAgreements(failing?.tenantId ?? ''))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 500, code: '800003', messageKey: 'errors.service.unavailable' });
  });

  it('a token the sandbox no longer accepts is renewed once and the call goes through', async () => {
    sandbox.clock.advance(2 * 60 * 60_000);
    statuses.length = 0;
    const direct = sandbox.store.findCustomer({ status: 'direct-acceptance' });
    expect(await client.getDirectSignStatus(direct?.tenantId ?? '')).toEqual({ isSigned: true });
    expect(statuses).toEqual([401, 200]);
  });

  it('creates an enhanced attestation with the app-only credential', async () => {
    const store = createMemoryKeyStore();
    const credential = await createAppCredential(store, { now: () => sandbox.clock.nowMs() });
    sandbox.apps.registerCertificate(sandbox.apps.get(APP_ONLY_CLIENT_ID)!, credential.certificatePem);
    const appOnly = createAppOnlyTokenSource({
      fetch,
      store,
      settings: () => ({ signInAuthority: sandbox.url, partnerTenant: PARTNER_TENANT_ID, appOnlyClientId: APP_ONLY_CLIENT_ID }),
      now: () => sandbox.clock.nowMs(),
    });
    const attestingClient = createPartnerCenterClient({
      baseUrl: sandbox.url,
      getAccessToken: tokens.getAccessToken,
      getAppOnlyToken: appOnly.getToken,
    });
    const customer = sandbox.store.findCustomer({ status: 'none' });
    const created = await attestingClient.createAttestation({
      customerTenantId: customer?.tenantId ?? '',
      country: 'FR',
      language: 'fr-FR',
      companyName: customer?.companyName ?? 'Customer',
      signatoryFirstName: 'Ada',
      signatoryLastName: 'Lovelace',
      signatoryEmail: 'ada@example.com',
    });
    expect(created.data).toMatchObject({ status: 'linkgenerated', customerTenantId: customer?.tenantId });
    expect((await attestingClient.getAttestationStatus(created.data.attestationId)).status).toBe('linkgenerated');
  });
});
