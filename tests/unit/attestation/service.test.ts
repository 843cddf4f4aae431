// The background's attestation service against an in-process sandbox: the app-only credential in memory, the records in
// fake-indexeddb, the customer's acceptance posted to the sandbox's acceptance page as a browser would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNTRUSTED_ACCEPTANCE_LINK } from '@/lib/attestation/acceptance-link';
import { preferredAgreementLanguage } from '@/lib/attestation/agreement-languages';
import type { AttestationInput } from '@/lib/attestation/form';
import type { AttestationSettings } from '@/lib/attestation/refusal';
import {
  createAttestationService,
  type AttestationClient,
  type AttestationServiceDeps,
  type CustomerReader,
} from '@/lib/attestation/service';
import {
  createAppCredential,
  createAppOnlyTokenSource,
  createMemoryKeyStore,
  getActiveAppCredential,
} from '@/lib/auth/app-credential';
import { createPartnerCenterClient } from '@/lib/partner-center/client';
import { newGuid } from '@/lib/partner-center/request-id';
import type { Customer } from '@/lib/partner-center/schemas';
import { rememberCustomer } from '@/lib/records/customers';
import { evidenceOf } from '@/lib/records/evidence';
import type { AttesterRecord } from '@/lib/records/types';
import { APP_ONLY_CLIENT_ID, PARTNER_TENANT_ID, startSandbox, type Sandbox } from '@/tests/sandbox/server';
import { freshDb as openDb } from '../support/records-db';

let sandbox: Sandbox;
let throttled: Sandbox;
const store = createMemoryKeyStore();

beforeAll(async () => {
  [sandbox, throttled] = await Promise.all([
    startSandbox({ port: 0, portal: false, customers: 40 }),
    startSandbox({ port: 0, portal: false, customers: 40, rateLimitPerMinute: 1 }),
  ]);
  const credential = await createAppCredential(store);
  for (const server of [sandbox, throttled])
    server.apps.registerCertificate(server.apps.get(APP_ONLY_CLIENT_ID)!, credential.certificatePem);
});

afterAll(async () => {
  await Promise.all([sandbox?.close(), throttled?.close()]);
});

interface Setup {
  server?: Sandbox;
  settings?: Partial<AttestationSettings>;
  hasCredential?: boolean;
  reader?: CustomerReader | null;
  /** Who is signed in; null when nobody is. */
  attester?: () => Promise<AttesterRecord | null>;
  /** Replaces every acceptance link the API returns, as a compromised or spoofed answer would. */
  acceptanceUrl?: string;
}

/** The client, with every acceptance link the API returns replaced by `acceptanceUrl`. */
function withAcceptanceUrl(client: AttestationClient, acceptanceUrl: string): AttestationClient {
  return {
    ...client,
    createAttestation: async (...args) => {
      const created = await client.createAttestation(...args);
      return { ...created, data: { ...created.data, acceptanceUrl } };
    },
    getAttestationStatus: async (...args) => ({ ...(await client.getAttestationStatus(...args)), acceptanceUrl }),
  };
}

const CAMILLE: AttesterRecord = {
  name: 'Camille Lefèvre',
  upn: 'camille@contosopartner.onmicrosoft.com',
  objectId: 'a0d1e2f3-0001-4000-8000-00000000ad01',
};

function service({
  server = sandbox,
  settings = {},
  hasCredential = true,
  reader = null,
  attester = async () => CAMILLE,
  acceptanceUrl,
}: Setup = {}) {
  const changed: string[] = [];
  const configured: AttestationSettings = {
    partnerRole: 'direct-bill',
    partnerTenant: PARTNER_TENANT_ID,
    appOnlyClientId: APP_ONLY_CLIENT_ID,
    ...settings,
  };
  const tokens = createAppOnlyTokenSource({ fetch, store, settings: () => ({ ...configured, signInAuthority: server.url }) });
  const client = createPartnerCenterClient({
    baseUrl: server.url,
    getAccessToken: () => Promise.reject(new Error('not signed in')),
    getAppOnlyToken: tokens.getToken,
    retry: { maxRetryAfterSeconds: 10 },
  });
  const deps: AttestationServiceDeps = {
    settings: async () => configured,
    attester,
    hasCredential: async () => hasCredential && (await getActiveAppCredential(store)) !== null,
    attestationClient: async () => (acceptanceUrl === undefined ? client : withAcceptanceUrl(client, acceptanceUrl)),
    customerReader: async () => reader,
    openDb,
    now: () => new Date(server.clock.nowMs()),
    newId: newGuid,
    onStatusChanged: (tenantId) => changed.push(tenantId),
    prefillTimeoutMs: 200,
  };
  return { attestation: createAttestationService(deps), changed };
}

function inputFor(
  server: Sandbox,
  status: 'attestation-stale' | 'none',
  signer: Partial<AttestationInput['signer']> = {},
): AttestationInput {
  const customer = server.store.findCustomer({ status })!;
  return {
    tenantId: customer.tenantId,
    signer: { firstName: 'Ada', lastName: 'Lovelace', email: `ada.${newGuid().slice(0, 8)}@example.com`, ...signer },
    companyName: customer.companyName,
    country: customer.country,
    language: preferredAgreementLanguage(customer.country, customer.language),
  };
}

const accept = (acceptanceUrl: string) => fetch(acceptanceUrl, { method: 'POST' });

describe('attestation service', () => {
  it('creates the attestation, sees the acceptance, creates the agreement, and keeps it all under one correlation id', async () => {
    const { attestation, changed } = service();
    const input = inputFor(sandbox, 'attestation-stale');
    const started = await attestation.start(input);
    if (!started.ok) throw new Error(started.error.messageKey);
    expect(started.attestation).toMatchObject({
      status: 'linkgenerated',
      acceptanceUrl: expect.stringContaining('/_sandbox/accept/'),
    });

    expect(await attestation.tracked({ tenantId: input.tenantId })).toEqual([
      expect.objectContaining({
        attestationId: started.attestation.attestationId,
        state: 'link-sent',
        companyName: input.companyName,
        signer: { firstName: 'Ada', lastName: 'Lovelace', email: input.signer.email },
        attestedBy: CAMILLE,
        acceptanceUrl: started.attestation.acceptanceUrl,
        linkExpiresAt: started.attestation.linkExpiresAt,
      }),
    ]);
    expect((await attestation.tracked({ states: ['link-sent'] })).map((t) => t.attestationId)).toContain(
      started.attestation.attestationId,
    );
    expect(await attestation.tracked({ tenantId: input.tenantId, states: ['expired'] })).toEqual([]);

    expect((await accept(started.attestation.acceptanceUrl)).status).toBe(200);
    const checked = await attestation.status(started.attestation.attestationId);
    expect(checked).toMatchObject({ ok: true, attestation: { status: 'customeraccepted', acceptedAt: expect.any(String) } });
    expect(await attestation.trackedOne(started.attestation.attestationId)).toMatchObject({
      state: 'accepted',
      acceptedAt: expect.any(String),
      lastCheckedAt: expect.any(String),
    });
    expect(changed).toEqual([input.tenantId]);

    const completed = await attestation.complete(input.tenantId, started.attestation.attestationId);
    if (!completed.ok) throw new Error(completed.error.messageKey);
    expect(completed.agreement.recorded).toBe(true);
    expect(changed).toEqual([input.tenantId, input.tenantId]);
    expect(await attestation.trackedOne(started.attestation.attestationId)).toMatchObject({
      state: 'agreement-created',
      agreementCreatedAt: expect.any(String),
      agreementRequestId: completed.agreement.requestId,
    });
    expect(sandbox.store.customer(input.tenantId)?.agreements.at(-1)).toMatchObject({
      attestationId: started.attestation.attestationId,
      email: input.signer.email,
    });

    const history = await attestation.history(input.tenantId);
    expect(history.map((record) => record.result)).toEqual(['agreementcreated', 'linkgenerated']);
    expect(new Set(history.map((record) => record.correlationId))).toEqual(new Set([completed.agreement.correlationId]));
    expect(history[0]).toMatchObject({
      attestationId: started.attestation.attestationId,
      signer: { firstName: 'Ada', lastName: 'Lovelace', email: input.signer.email },
    });
    expect(history.map((record) => record.attestedBy)).toEqual([CAMILLE, CAMILLE]);

    const evidence = await evidenceOf(await openDb(), input.tenantId);
    expect(evidence).toEqual([
      expect.objectContaining({
        source: 'record',
        agreements: [expect.objectContaining({ type: 'MicrosoftCustomerAgreement', dateAgreed: completed.agreement.dateAgreed })],
      }),
    ]);
  });

  it.each([
    ['plain http', 'http://accept.microsoft.com/mca?id=1'],
    ['a look-alike host', 'https://microsoft.com.accept-mca.example/mca?id=1'],
    ['a host merely ending in microsoft.com', 'https://evilmicrosoft.com/mca?id=1'],
    ['the userinfo trick', 'https://accept.microsoft.com@evil.example/mca?id=1'],
    ['another port', 'https://accept.microsoft.com:8443/mca?id=1'],
  ])('refuses an acceptance link over %s with the plain error, and never hands it on', async (_, hostile) => {
    const { attestation } = service({ acceptanceUrl: hostile });
    const input = inputFor(sandbox, 'none');
    const started = await attestation.start(input);
    expect(started).toEqual({ ok: false, error: UNTRUSTED_ACCEPTANCE_LINK });

    const [created] = await attestation.history(input.tenantId);
    expect(created?.attestationId).toEqual(expect.any(String));
    const checked = await attestation.status(created!.attestationId!);
    expect(checked).toEqual({ ok: false, error: UNTRUSTED_ACCEPTANCE_LINK });
    expect(JSON.stringify([started, checked, await attestation.history(input.tenantId)])).not.toContain('mca?id=1');
    expect(await attestation.tracked({ tenantId: input.tenantId })).toEqual([]);
  });

  it('creates the agreement exactly once when the panel and the watcher see the acceptance at the same time', async () => {
    const { attestation } = service();
    const input = inputFor(sandbox, 'attestation-stale', { email: 'twice@fabrikam.example' });
    const started = await attestation.start(input);
    if (!started.ok) throw new Error(started.error.messageKey);
    const { attestationId } = started.attestation;
    await accept(started.attestation.acceptanceUrl);
    const agreementsBefore = sandbox.store.customer(input.tenantId)!.agreements.length;

    const [fromPanel, fromWatcher] = await Promise.all([
      attestation.complete(input.tenantId, attestationId),
      attestation.complete(input.tenantId, attestationId),
    ]);
    expect(fromPanel).toEqual(fromWatcher);
    expect(sandbox.store.customer(input.tenantId)!.agreements.length).toBe(agreementsBefore + 1);
    const created = (await attestation.history(input.tenantId)).filter((record) => record.result === 'agreementcreated');
    expect(created).toHaveLength(1);
  });

  it('a repeat after a lost answer (a restarted worker) sends the same MS-RequestId, and Partner Center answers it once', async () => {
    const first = service();
    const input = inputFor(sandbox, 'attestation-stale', { email: 'restart@fabrikam.example' });
    const started = await first.attestation.start(input);
    if (!started.ok) throw new Error(started.error.messageKey);
    const { attestationId } = started.attestation;
    await accept(started.attestation.acceptanceUrl);
    const agreementsBefore = sandbox.store.customer(input.tenantId)!.agreements.length;

    const done = await first.attestation.complete(input.tenantId, attestationId);
    if (!done.ok) throw new Error(done.error.messageKey);
    // Another service (the worker after a restart) finds the request id kept in the record and sends the same write.
    const again = await service().attestation.complete(input.tenantId, attestationId);
    if (!again.ok) throw new Error(again.error.messageKey);
    expect(again.agreement.requestId).toBe(done.agreement.requestId);
    expect(sandbox.store.customer(input.tenantId)!.agreements.length).toBe(agreementsBefore + 1);
  });

  it('a status read after the link expired marks the attestation expired; a past link is expired locally too', async () => {
    const server = await startSandbox({ port: 0, portal: false, customers: 40 });
    try {
      const credential = await getActiveAppCredential(store);
      server.apps.registerCertificate(server.apps.get(APP_ONLY_CLIENT_ID)!, credential!.certificatePem);
      const { attestation, changed } = service({ server });
      const shortLink = (input: AttestationInput) => ({ ...input, expiresInMinutes: 5 });
      const first = await attestation.start(shortLink(inputFor(server, 'attestation-stale')));
      const second = await attestation.start(shortLink(inputFor(server, 'none')));
      if (!first.ok || !second.ok) throw new Error('not started');
      server.clock.advance(6 * 60 * 1000);

      expect(await attestation.status(first.attestation.attestationId)).toMatchObject({
        ok: true,
        attestation: { status: 'linkexpired' },
      });
      expect(await attestation.trackedOne(first.attestation.attestationId)).toMatchObject({ state: 'expired' });
      const local = await attestation.expireIfDue(second.attestation.attestationId);
      expect(local.after).toMatchObject({ state: 'expired' });
      expect(changed).toHaveLength(2);
      // Once expired, nothing moves it back to "link sent".
      expect((await attestation.expireIfDue(second.attestation.attestationId)).announced).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('says the customer has not accepted yet when the agreement is asked too early', async () => {
    const { attestation } = service();
    const input = inputFor(sandbox, 'none');
    const started = await attestation.start(input);
    if (!started.ok) throw new Error(started.error.messageKey);
    expect(await attestation.complete(input.tenantId, started.attestation.attestationId)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.attestation.notAccepted' },
    });
  });

  it('refuses a signatory identical to the existing attestation (600061) and keeps the refusal with its ids', async () => {
    const { attestation } = service();
    const customer = sandbox.store.findCustomers({ status: 'attestation-stale' }).at(-1)!;
    const existing = customer.agreements.find((agreement) => agreement.type === 'MicrosoftCustomerAgreement')!;
    const input = inputFor(sandbox, 'attestation-stale');
    const result = await attestation.start({
      ...input,
      tenantId: customer.tenantId,
      signer: {
        firstName: existing.firstName,
        lastName: existing.lastName,
        email: existing.email,
        ...(existing.phoneNumber ? { phone: existing.phoneNumber } : {}),
      },
      country: customer.country,
      language: preferredAgreementLanguage(customer.country, customer.language),
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ messageKey: 'errors.attestation.duplicate', code: '600061', retryable: false }),
    });
    expect(await attestation.history(customer.tenantId)).toEqual([
      expect.objectContaining({ result: '600061', requestId: expect.any(String), correlationId: expect.any(String) }),
    ]);
  });

  it.each([
    [
      'an indirect reseller',
      { settings: { partnerRole: 'indirect-reseller' as const } },
      'errors.attestation.resellerCannotAttest',
    ],
    ['no attestation app', { settings: { appOnlyClientId: '' } }, 'attestation.errors.noClientId'],
    ['no partner tenant', { settings: { partnerTenant: '' } }, 'auth.errors.notConfigured'],
    ['no certificate', { hasCredential: false }, 'auth.errors.appCredentialMissing'],
    ['an attestation attempted while nobody is signed in', { attester: async () => null }, 'attestation.errors.signInRequired'],
    [
      'an attestation attempted when the session cannot be renewed',
      { attester: () => Promise.reject(new Error('interaction-required')) },
      'attestation.errors.signInRequired',
    ],
  ])('refuses up front for %s, sending nothing', async (_case, setup, messageKey) => {
    const before = sandbox.attestations.all().length;
    const { attestation } = service(setup);
    const input = inputFor(sandbox, 'none');
    expect(await attestation.start(input)).toMatchObject({ ok: false, error: { messageKey } });
    expect(await attestation.status('anything')).toMatchObject({ ok: false, error: { messageKey } });
    expect((await attestation.prepare(input.tenantId)).refusal).toMatchObject({ messageKey });
    expect(await attestation.history(input.tenantId)).toEqual([]);
    expect(sandbox.attestations.all()).toHaveLength(before);
  });

  it('an agreement attempted after the person signed out is refused at once, sending nothing', async () => {
    let signedIn: AttesterRecord | null = CAMILLE;
    const { attestation } = service({ attester: async () => signedIn });
    const input = inputFor(sandbox, 'none');
    const started = await attestation.start(input);
    if (!started.ok) throw new Error(started.error.messageKey);
    expect((await accept(started.attestation.acceptanceUrl)).status).toBe(200);
    signedIn = null;
    expect(await attestation.complete(input.tenantId, started.attestation.attestationId)).toMatchObject({
      ok: false,
      error: { messageKey: 'attestation.errors.signInRequired' },
    });
    expect(
      sandbox.store
        .customer(input.tenantId)
        ?.agreements.some((agreement) => agreement.attestationId === started.attestation.attestationId),
    ).toBe(false);
    expect((await attestation.history(input.tenantId)).map((record) => record.result)).toEqual(['linkgenerated']);
  });

  it('refuses a form Partner Center would refuse, before sending it', async () => {
    const { attestation } = service();
    const input = { ...inputFor(sandbox, 'none'), country: 'CN' };
    expect(await attestation.start(input)).toMatchObject({ ok: false, error: { messageKey: 'attestation.errors.invalidForm' } });
  });

  it('says how long to wait when Partner Center throttles, without waiting a minute itself', async () => {
    const { attestation } = service({ server: throttled });
    const started = await attestation.start(inputFor(throttled, 'none'));
    if (!started.ok) throw new Error(started.error.messageKey);
    const begun = Date.now();
    const checked = await attestation.status(started.attestation.attestationId);
    expect(checked).toMatchObject({
      ok: false,
      error: { messageKey: 'attestation.errors.throttled', retryable: true, params: { seconds: expect.any(Number) } },
    });
    expect(!checked.ok && Number(checked.error.params?.seconds)).toBeGreaterThan(10);
    expect(Date.now() - begun).toBeLessThan(5000);
  });

  it('fills the form from the billing profile when signed in, else from the local records', async () => {
    const tenantId = sandbox.store.findCustomer({ status: 'none' })!.tenantId;
    const billed = {
      companyProfile: { companyName: 'Contoso SAS' },
      billingProfile: { companyName: 'Contoso SAS', culture: 'fr-ca', language: 'fr', defaultAddress: { country: 'CA' } },
    } as unknown as Customer;
    const signedIn = service({ reader: { getCustomer: async () => billed } });
    expect(await signedIn.attestation.prepare(tenantId)).toEqual({
      defaults: { companyName: 'Contoso SAS', country: 'CA', language: 'fr-CA' },
      source: 'api',
    });

    await rememberCustomer(await openDb(), {
      tenantId,
      companyName: 'Contoso (seen)',
      country: 'fr',
      language: 'fr-FR',
      lastSeenAt: '2026-11-23T10:00:00Z',
    });
    const failing = service({ reader: { getCustomer: () => new Promise<Customer>(() => undefined) } });
    expect(await failing.attestation.prepare(tenantId)).toEqual({
      defaults: { companyName: 'Contoso (seen)', country: 'FR', language: 'fr-FR' },
      source: 'records',
    });
  });
});
