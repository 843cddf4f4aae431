import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import {
  agreementCollectionSchema,
  agreementDocumentSchema,
  agreementMetadataCollectionSchema,
  agreementSchema,
  apiErrorSchema,
  customerAgreementRecordsSchema,
  directSignStatusSchema,
  epochToIsoDate,
} from '@/lib/partner-center/schemas';
import { INDIRECT_RESELLER_TENANT_ID, SANDBOX_USERS } from './auth/users';
import { CLOUD_AGREEMENT_TEMPLATE_ID, MCA_TEMPLATE_ID } from './data/agreement-templates';
import type { CustomerStatus } from './data/statuses';
import type { SandboxCustomer } from './data/types';
import type { Sandbox } from './server';
import { callApi, errorCode, signIn, startWithTokens } from './test-support';

let sandbox: Sandbox;
let admin: string;
let sales: string;
let reseller: string;
let app: string;

beforeAll(async () => {
  ({
    sandbox,
    app,
    users: [admin, sales, reseller],
  } = await startWithTokens({ customers: 1200 }, ['admin-agent', 'sales-agent', 'indirect-reseller']));
});
afterAll(() => sandbox.close());

function customerIn(status: CustomerStatus, extra: { reseller?: boolean | string; language?: string } = {}): SandboxCustomer {
  const customer = sandbox.store.findCustomer({ status, ...extra });
  if (!customer) throw new Error(`no customer in status ${status}`);
  return customer;
}

const agreementsOf = (token: string, customer: SandboxCustomer, type?: string) =>
  callApi(sandbox, token, `/v1/customers/${customer.tenantId}/agreements${type === undefined ? '' : `?agreementType=${type}`}`);

describe('GET /v1/agreements (metadata)', () => {
  it('defaults to the Microsoft Cloud Agreement, as documented', async () => {
    const collection = agreementMetadataCollectionSchema.parse((await callApi(sandbox, sales, '/v1/agreements')).body);
    expect(collection.items.map((item) => item.templateId)).toEqual([CLOUD_AGREEMENT_TEMPLATE_ID]);
  });

  it('gives the MCA template for MicrosoftCustomerAgreement and both for *', async () => {
    const mca = agreementMetadataCollectionSchema.parse(
      (await callApi(sandbox, admin, '/v1/agreements?agreementType=MicrosoftCustomerAgreement')).body,
    );
    expect(mca.items).toEqual([
      {
        templateId: MCA_TEMPLATE_ID,
        agreementType: 'MicrosoftCustomerAgreement',
        agreementLink: 'https://aka.ms/customeragreement',
        versionRank: 0,
        attributes: { objectType: 'AgreementMetaData' },
      },
    ]);
    const all = agreementMetadataCollectionSchema.parse((await callApi(sandbox, admin, '/v1/agreements?agreementType=*')).body);
    expect(all.totalCount).toBe(2);
  });

  it('refuses an unknown type and app-only tokens', async () => {
    expect(errorCode(await callApi(sandbox, admin, '/v1/agreements?agreementType=Mca'))).toBe('800002');
    const appOnly = await callApi(sandbox, app, '/v1/agreements');
    expect(appOnly.status).toBe(403);
    expect(errorCode(appOnly)).toBe('900329');
  });
});

describe('GET /v1/customers/{id}/agreements', () => {
  it('defaults to Microsoft Cloud Agreement records, and lists MCA records when asked', async () => {
    const customer = customerIn('attestation-current');
    const byDefault = agreementCollectionSchema.parse((await agreementsOf(admin, customer)).body);
    expect(byDefault.items.every((item) => item.type === 'MicrosoftCloudAgreement')).toBe(true);
    const mca = agreementCollectionSchema.parse((await agreementsOf(admin, customer, 'MicrosoftCustomerAgreement')).body);
    expect(mca.items).toHaveLength(1);
    expect(mca.items[0]?.templateId).toBe(MCA_TEMPLATE_ID);
  });

  it.each([
    ['attestation-current', 1, true],
    ['attestation-stale', 1, false],
    ['attestations-latest-current', 2, true],
    ['attestations-latest-stale', 2, false],
  ] as const)('tells a %s customer apart by the latest dateAgreed', async (status, atLeast, current) => {
    const mca = agreementCollectionSchema.parse(
      (await agreementsOf(sales, customerIn(status), 'MicrosoftCustomerAgreement')).body,
    );
    expect(mca.items.length).toBeGreaterThanOrEqual(atLeast);
    const latest = Math.max(...mca.items.map((item) => parsePartnerCenterDate(item.dateAgreed) ?? Number.NaN));
    expect(latest >= Date.parse('2023-04-01T00:00:00Z')).toBe(current);
  });

  it.each(['cloud-agreement-only', 'none'] as const)('has no MCA record for a %s customer', async (status) => {
    const mca = agreementCollectionSchema.parse(
      (await agreementsOf(admin, customerIn(status), 'MicrosoftCustomerAgreement')).body,
    );
    expect(mca.items).toEqual([]);
  });

  it('answers 500 for a failing customer and 504 after the timeout for a hanging one', async () => {
    const failing = await agreementsOf(admin, customerIn('api-error'), 'MicrosoftCustomerAgreement');
    expect(failing.status).toBe(500);
    expect(apiErrorSchema.parse(failing.body).code).toBe('800003');
    const started = Date.now();
    const hanging = await agreementsOf(admin, customerIn('api-timeout'), 'MicrosoftCustomerAgreement');
    expect(hanging.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect((await callApi(sandbox, admin, `/v1/customers/${customerIn('api-error').tenantId}`)).status).toBe(200);
  });

  it('is App+User only and knows only real customers', async () => {
    expect(errorCode(await agreementsOf(app, customerIn('none')))).toBe('900329');
    const unknown = await callApi(sandbox, admin, '/v1/customers/11111111-2222-4333-8444-555555555555/agreements');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('60003');
  });

  it('lets an indirect reseller read its own customers', async () => {
    const own = customerIn('attestation-stale', { reseller: INDIRECT_RESELLER_TENANT_ID });
    const answer = await agreementsOf(reseller, own, 'MicrosoftCustomerAgreement');
    expect(agreementCollectionSchema.parse(answer.body).items).toHaveLength(1);
  });
});

describe('GET /v1/customers/{id}/directSignedMicrosoftCustomerAgreementStatus', () => {
  it.each([
    ['direct-acceptance', true],
    ['attestation-current', false],
    ['none', false],
  ] as const)('says isSigned for a %s customer', async (status, isSigned) => {
    const answer = await callApi(
      sandbox,
      admin,
      `/v1/customers/${customerIn(status).tenantId}/directSignedMicrosoftCustomerAgreementStatus`,
    );
    expect(directSignStatusSchema.parse(answer.body)).toEqual({ isSigned });
  });

  it('fails like the other agreement calls for a failing customer', async () => {
    expect(
      (
        await callApi(
          sandbox,
          admin,
          `/v1/customers/${customerIn('api-error').tenantId}/directSignedMicrosoftCustomerAgreementStatus`,
        )
      ).status,
    ).toBe(500);
  });
});

describe('POST /v1/customers/{id}/agreements (legacy confirmation)', () => {
  const body = (overrides: Record<string, unknown> = {}, contact: Record<string, unknown> = {}) => ({
    primaryContact: {
      firstName: 'Zoé',
      lastName: "L'Hôte",
      email: 'zoe.lhote@example.fr',
      phoneNumber: '+33 1 02 03 04 05',
      ...contact,
    },
    dateAgreed: '2025-05-30T00:00:00',
    templateId: MCA_TEMPLATE_ID,
    type: 'MicrosoftCustomerAgreement',
    ...overrides,
  });
  const post = (token: string, customer: SandboxCustomer, payload: unknown) =>
    callApi(sandbox, token, `/v1/customers/${customer.tenantId}/agreements`, { body: payload });

  it('records the confirmation with the signed-in user, which moves the customer to a current attestation', async () => {
    const customer = customerIn('attestation-stale', { reseller: false });
    const answer = await post(admin, customer, body());
    expect(answer.status).toBe(201);
    const agreement = agreementSchema.parse(answer.body);
    expect(agreement.userId).toBe(SANDBOX_USERS[0]?.oid);
    expect(agreement.dateAgreed).toBe('2025-05-30T00:00:00');
    const listed = agreementCollectionSchema.parse((await agreementsOf(admin, customer, 'MicrosoftCustomerAgreement')).body);
    expect(listed.items).toContainEqual(agreement);
    expect(sandbox.store.statusOf(customer)).toBe('attestations-latest-current');
  });

  it('refuses the same signatory twice with 600061, and accepts a different phone number', async () => {
    const customer = customerIn('none');
    expect((await post(sales, customer, body())).status).toBe(201);
    const duplicate = await post(sales, customer, body({ dateAgreed: '2025-05-31T00:00:00' }, { email: 'ZOE.LHOTE@example.fr' }));
    expect(duplicate.status).toBe(400);
    expect(apiErrorSchema.parse(duplicate.body)).toMatchObject({
      code: '600061',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
      isRetryable: false,
    });
    expect((await post(sales, customer, body({}, { phoneNumber: '+33 9 99 99 99 99' }))).status).toBe(201);
  });

  it.each([
    ['a future dateAgreed', body({ dateAgreed: '2025-06-03T00:00:00' }), 'future'],
    ['an invalid email', body({}, { email: 'not an email' }), 'email'],
    ['a missing last name', body({}, { lastName: '' }), 'lastName'],
    ['an unknown template', body({ templateId: '00000000-0000-0000-0000-000000000000' }), 'templateId'],
    ['a template id in the wrong case', body({ templateId: MCA_TEMPLATE_ID.toUpperCase() }), 'templateId'],
    ['a date without time', body({ dateAgreed: '2025-05-30' }), 'dateAgreed'],
    ['no body', '', 'body'],
  ])('refuses %s with 400 800002', async (_name, payload, word) => {
    const answer = await post(admin, customerIn('cloud-agreement-only'), payload);
    expect(answer.status).toBe(400);
    const error = apiErrorSchema.parse(answer.body);
    expect(error.code).toBe('800002');
    expect(error.description).toMatch(new RegExp(word === 'body' ? 'JSON body' : word));
  });

  it('refuses an indirect reseller with a clear code, and app-only tokens', async () => {
    const own = customerIn('none', { reseller: INDIRECT_RESELLER_TENANT_ID });
    const asReseller = await post(reseller, own, body());
    expect(asReseller.status).toBe(403);
    expect(errorCode(asReseller)).toBe('IndirectResellerCannotAttest');
    expect(errorCode(await post(app, own, body()))).toBe('900329');
  });

  it('records the type of the template, whatever type says (Partner-Center-Java #86)', async () => {
    const answer = await post(
      admin,
      customerIn('direct-acceptance'),
      body({ templateId: CLOUD_AGREEMENT_TEMPLATE_ID, dateAgreed: '2019-12-01T00:00:00' }),
    );
    expect(agreementSchema.parse(answer.body).type).toBe('MicrosoftCloudAgreement');
  });

  it('is retired from 2026-01-05 of the sandbox clock', async () => {
    const saved = sandbox.clock.now();
    sandbox.clock.set('2026-01-05T00:00:00Z');
    try {
      const token = (await signIn(sandbox, 'admin-agent')).accessToken;
      const answer = await post(token, customerIn('attestation-stale'), body());
      expect(answer.status).toBe(410);
      expect(errorCode(answer)).toBe('LegacyAttestationApiRetired');
    } finally {
      sandbox.clock.set(saved);
    }
  });
});

describe('GET /v1/agreementtemplates/{id}/document', () => {
  const documentPath = (query: string, templateId = MCA_TEMPLATE_ID) => `/v1/agreementtemplates/${templateId}/document${query}`;

  it('gives fresh display and download links in the asked language, falling back to en-US', async () => {
    const french = agreementDocumentSchema.parse(
      (await callApi(sandbox, admin, documentPath('?language=fr-FR&country=CA'))).body,
    );
    expect(french).toMatchObject({ country: 'CA', language: 'fr-FR' });
    const again = agreementDocumentSchema.parse((await callApi(sandbox, admin, documentPath('?language=fr-FR&country=CA'))).body);
    expect(again.displayUri).not.toBe(french.displayUri);
    const belgium = agreementDocumentSchema.parse(
      (await callApi(sandbox, admin, documentPath('?language=fr-FR&country=BE'))).body,
    );
    expect(belgium.language).toBe('en-US');
    const defaults = agreementDocumentSchema.parse((await callApi(sandbox, admin, documentPath(''))).body);
    expect(defaults).toMatchObject({ country: 'US', language: 'en-US' });
  });

  it('serves the links for five minutes of sandbox clock, then 410', async () => {
    const document = agreementDocumentSchema.parse(
      (await callApi(sandbox, admin, documentPath('?language=de-DE&country=DE'))).body,
    );
    const display = await fetch(document.displayUri);
    expect(display.status).toBe(200);
    expect(await display.text()).toContain('Microsoft-Kundenvertrag');
    const download = await fetch(document.downloadUri);
    expect(download.headers.get('content-disposition')).toContain('.rtf');
    expect((await download.text()).startsWith('{\\rtf1')).toBe(true);
    sandbox.clock.advance(5 * 60_000);
    expect((await fetch(document.displayUri)).status).toBe(410);
    expect((await fetch(document.downloadUri)).status).toBe(410);
  });

  it.each([
    ['a lower-case country', documentPath('?country=fr'), 400],
    ['China', documentPath('?country=CN'), 400],
    ['a malformed language', documentPath('?language=fr_FR'), 400],
    ['the template id in another case', documentPath('', MCA_TEMPLATE_ID.toUpperCase()), 404],
    ['the Cloud Agreement template', documentPath('', CLOUD_AGREEMENT_TEMPLATE_ID), 400],
  ])('refuses %s', async (_name, path, status) => {
    expect((await callApi(sandbox, admin, path)).status).toBe(status);
  });
});

describe('GET /v1/partners/customeragreementrecords (bulk feed)', () => {
  it('pages 500 records at a time with epochs in seconds or milliseconds', async () => {
    const pages = [];
    let path = '/v1/partners/customeragreementrecords';
    for (;;) {
      const page = customerAgreementRecordsSchema.parse((await callApi(sandbox, admin, path)).body);
      pages.push(page);
      if (!page.continuationToken) break;
      path = `/v1/partners/customeragreementrecords?continuation_token=${encodeURIComponent(page.continuationToken)}`;
    }
    expect(pages.map((page) => page.customerAgreementRecords.length)).toEqual([500, 500, 200]);
    const records = pages.flatMap((page) => page.customerAgreementRecords);
    const digits = new Set(
      records.filter((record) => record.lastAgreementDateEpoch > 0).map((record) => String(record.lastAgreementDateEpoch).length),
    );
    expect(digits).toEqual(new Set([10, 13]));

    const stale = customerIn('attestation-stale', { language: 'en' });
    const record = records.find((candidate) => candidate.customerTenantId === stale.tenantId);
    const latest = stale.agreements.filter((agreement) => agreement.type === 'MicrosoftCustomerAgreement').at(-1);
    expect(record?.partnerAttestationCompleted).toBe(true);
    expect(epochToIsoDate(record?.lastAgreementDateEpoch ?? 0)).toBe(
      new Date(parsePartnerCenterDate(latest?.dateAgreed ?? '') ?? Number.NaN).toISOString(),
    );
    const none = records.find((candidate) => candidate.customerTenantId === customerIn('cloud-agreement-only').tenantId);
    expect(none).toMatchObject({
      lastAgreementDateEpoch: 0,
      partnerAttestationCompleted: false,
      lastAgreementPrimaryContact: null,
    });
  });

  it('refuses a forged continuation token', async () => {
    expect((await callApi(sandbox, admin, '/v1/partners/customeragreementrecords?continuation_token=nope')).status).toBe(400);
  });
});
