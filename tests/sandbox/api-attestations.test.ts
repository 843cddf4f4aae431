import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENHANCED_ATTESTATION_PATH,
  attestationStatusPath,
  attestationStatusResponseSchema,
  createAgreementWithAttestationPath,
  createAgreementWithAttestationResponseSchema,
  enhancedAttestationResponseSchema,
} from '@/lib/partner-center/contract';
import { agreementCollectionSchema, apiErrorSchema } from '@/lib/partner-center/schemas';
import type { SandboxCustomer } from './data/types';
import type { Sandbox } from './server';
import { callApi, errorCode, startWithTokens } from './test-support';

let sandbox: Sandbox;
let app: string;
let admin: string;
let reseller: string;

beforeAll(async () => {
  ({
    sandbox,
    app,
    users: [admin, reseller],
  } = await startWithTokens({ customers: 200 }, ['admin-agent', 'indirect-reseller']));
});
afterAll(() => sandbox.close());

const awkward = () => sandbox.store.findCustomer({ nameIncludes: 'Générale d' }) as SandboxCustomer;

function request(customer: SandboxCustomer, overrides: Record<string, unknown> = {}) {
  return {
    customerTenantId: customer.tenantId,
    country: customer.country,
    language: customer.language,
    companyName: customer.companyName,
    signatoryFirstName: 'Hélène',
    signatoryLastName: 'Côté',
    signatoryEmail: `helene.cote@${customer.domain}`,
    signatoryPhoneNumber: '+33 1 45 67 89 10',
    ...overrides,
  };
}

const create = (token: string, body: unknown) => callApi(sandbox, token, ENHANCED_ATTESTATION_PATH, { body });
const status = (id: string) => callApi(sandbox, app, attestationStatusPath(id));
const finalise = (customer: SandboxCustomer, attestationId: string, token = app) =>
  callApi(sandbox, token, createAgreementWithAttestationPath(customer.tenantId), {
    body: { attestationId, type: 'MicrosoftCustomerAgreement' },
  });

describe('the enhanced attestation flow', () => {
  it('creates an attestation, lets the customer accept through the link, then creates the agreement dated on acceptance', async () => {
    const customer = awkward();
    const created = await create(app, request(customer));
    expect(created.status).toBe(201);
    const attestation = enhancedAttestationResponseSchema.parse(created.body);
    expect(attestation.status).toBe('linkgenerated');
    expect(attestation.acceptanceUrl).toBe(`${sandbox.url}/_sandbox/accept/${attestation.attestationId}`);

    const notYet = await finalise(customer, attestation.attestationId);
    expect(notYet.status).toBe(409);
    expect(errorCode(notYet)).toBe('AttestationNotAccepted');

    const page = await fetch(attestation.acceptanceUrl);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Société Générale d&#39;Études &lt;Test&gt; &quot;SA&quot;');
    expect(html).not.toContain('<Test>');
    expect(html).toContain('/_sandbox/agreement-documents/');

    sandbox.clock.advance(10 * 60_000);
    const accepted = await fetch(attestation.acceptanceUrl, { method: 'POST' });
    expect(accepted.status).toBe(200);
    const afterAcceptance = attestationStatusResponseSchema.parse((await status(attestation.attestationId)).body);
    expect(afterAcceptance.status).toBe('customeraccepted');
    expect(afterAcceptance.acceptedAt).toBeTruthy();

    const agreementAnswer = await finalise(customer, attestation.attestationId);
    expect(agreementAnswer.status).toBe(201);
    const agreement = createAgreementWithAttestationResponseSchema.parse(agreementAnswer.body);
    expect(agreement).toMatchObject({
      dateAgreed: afterAcceptance.acceptedAt,
      attestationId: attestation.attestationId,
      type: 'MicrosoftCustomerAgreement',
    });
    expect(agreement.primaryContact).toMatchObject({ firstName: 'Hélène', lastName: 'Côté' });

    const listed = agreementCollectionSchema.parse(
      (await callApi(sandbox, admin, `/v1/customers/${customer.tenantId}/agreements?agreementType=MicrosoftCustomerAgreement`))
        .body,
    );
    expect(listed.items.map((item) => item.dateAgreed)).toContain(afterAcceptance.acceptedAt);
    expect(attestationStatusResponseSchema.parse((await status(attestation.attestationId)).body).status).toBe('agreementcreated');

    const twice = await finalise(customer, attestation.attestationId);
    expect(apiErrorSchema.parse(twice.body).code).toBe('600061');
  });

  it('lets the link expire after expirationTimeInMinutes of sandbox clock', async () => {
    const customer = sandbox.store.findCustomer({ status: 'none', language: 'en' }) as SandboxCustomer;
    const attestation = enhancedAttestationResponseSchema.parse(
      (await create(app, request(customer, { expirationTimeInMinutes: 5 }))).body,
    );
    sandbox.clock.advance(5 * 60_000 + 1000);
    expect(attestationStatusResponseSchema.parse((await status(attestation.attestationId)).body).status).toBe('linkexpired');
    const page = await fetch(attestation.acceptanceUrl, { method: 'POST' });
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('expired');
    const late = await finalise(customer, attestation.attestationId);
    expect(late.status).toBe(410);
    expect(errorCode(late)).toBe('AttestationLinkExpired');
  });

  it('refuses the same signatory as an existing agreement or a pending attestation (600061)', async () => {
    const customer = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'fr' }) as SandboxCustomer;
    const existing = customer.agreements.find((agreement) => agreement.type === 'MicrosoftCustomerAgreement');
    const sameAsAgreement = await create(
      app,
      request(customer, {
        signatoryFirstName: existing?.firstName,
        signatoryLastName: existing?.lastName,
        signatoryEmail: existing?.email,
        signatoryPhoneNumber: existing?.phoneNumber,
      }),
    );
    expect(apiErrorSchema.parse(sameAsAgreement.body)).toMatchObject({
      code: '600061',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
    });
    expect((await create(app, request(customer))).status).toBe(201);
    expect(errorCode(await create(app, request(customer)))).toBe('600061');
  });

  it('refuses App+User tokens as the docs say, and tells an indirect reseller it may not attest', async () => {
    const customer = sandbox.store.findCustomer({ status: 'none' }) as SandboxCustomer;
    const asAdmin = await create(admin, request(customer));
    expect(asAdmin.status).toBe(403);
    expect(errorCode(asAdmin)).toBe('AppOnlyAuthenticationRequired');
    const asReseller = await create(reseller, request(customer));
    expect(asReseller.status).toBe(403);
    expect(errorCode(asReseller)).toBe('IndirectResellerCannotAttest');
    expect(errorCode(await finalise(customer, 'whatever', admin))).toBe('AppOnlyAuthenticationRequired');
  });

  it.each([
    ['a lower-case country', { country: 'fr' }, 'country'],
    ['a language the country does not offer', { country: 'FR', language: 'de-DE' }, 'language'],
    ['an invalid email', { signatoryEmail: 'helene' }, 'signatoryEmail'],
    ['a missing first name', { signatoryFirstName: ' ' }, 'signatoryFirstName'],
    ['no company name', { companyName: undefined }, 'companyName'],
    ['a link shorter than 5 minutes', { expirationTimeInMinutes: 4 }, 'expirationTimeInMinutes'],
    ['a link longer than a week', { expirationTimeInMinutes: 10081 }, 'expirationTimeInMinutes'],
  ])('refuses %s with 400 800002', async (_name, overrides, field) => {
    const customer = sandbox.store.findCustomer({ status: 'cloud-agreement-only', language: 'fr' }) as SandboxCustomer;
    const answer = await create(app, request(customer, { country: 'FR', language: 'fr-FR', ...overrides }));
    expect(answer.status).toBe(400);
    const error = apiErrorSchema.parse(answer.body);
    expect(error.code).toBe('800002');
    expect(error.description).toContain(field);
  });

  it('knows only real customers and attestations', async () => {
    const unknownCustomer = await create(app, request(awkward(), { customerTenantId: '11111111-2222-4333-8444-555555555555' }));
    expect(errorCode(unknownCustomer)).toBe('60003');
    const unknownAttestation = await status('no-such-attestation');
    expect(unknownAttestation.status).toBe(404);
    expect(errorCode(unknownAttestation)).toBe('AttestationNotFound');
    expect((await fetch(`${sandbox.url}/_sandbox/accept/no-such-attestation`)).status).toBe(404);
  });

  it('refuses to create the agreement for another customer than the attestation', async () => {
    const customer = sandbox.store.findCustomer({ status: 'none', language: 'fr' }) as SandboxCustomer;
    const other = sandbox.store.findCustomer({ status: 'cloud-agreement-only', language: 'en' }) as SandboxCustomer;
    const attestation = enhancedAttestationResponseSchema.parse(
      (await create(app, request(customer, { signatoryEmail: 'other@example.fr' }))).body,
    );
    await fetch(attestation.acceptanceUrl, { method: 'POST' });
    const answer = await finalise(other, attestation.attestationId);
    expect(answer.status).toBe(400);
    expect(apiErrorSchema.parse(answer.body).description).toContain('another customer');
  });
});
