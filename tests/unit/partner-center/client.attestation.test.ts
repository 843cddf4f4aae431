import { describe, expect, it } from 'vitest';
import { type PartnerCenterError } from '@/lib/partner-center/client';
import { agreement, failure, fault, json, scriptedFetch, testClient, TENANT } from './client-fakes';

const request = {
  customerTenantId: TENANT,
  country: 'FR',
  language: 'fr-FR',
  companyName: 'Fabrikam',
  signatoryFirstName: 'Ada',
  signatoryLastName: 'Lovelace',
  signatoryEmail: 'ada@example.com',
};
const attestation = {
  attestationId: 'att-1',
  customerTenantId: TENANT,
  status: 'LinkGenerated',
  acceptanceUrl: 'https://example.test/accept/att-1',
  linkExpiresAt: '2026-03-02T10:00:00',
  createdAt: '2026-03-01T10:00:00',
};

describe('Partner Center client: enhanced attestation (app-only)', () => {
  it('creates the attestation with the app-only token', async () => {
    const { fetch, requests } = scriptedFetch(json(201, attestation));
    const { client } = testClient(fetch, { getAppOnlyToken: async () => 'app-token' });
    const result = await client.createAttestation(request);
    expect(result.data).toMatchObject({ attestationId: 'att-1', status: 'linkgenerated' });
    expect(requests[0]).toMatchObject({ method: 'POST', headers: { Authorization: 'Bearer app-token' }, body: request });
    expect(requests[0]?.url.pathname).toBe('/v1/attestations/enhanced');
    expect(result.correlationId).toBe(requests[0]?.headers['MS-CorrelationId']);
  });

  it('reads the status and creates the agreement from it with the app-only token', async () => {
    const { fetch, requests } = scriptedFetch(
      json(200, { ...attestation, status: 'customerAccepted', acceptedAt: '2026-03-01T12:00:00' }),
      json(201, { ...agreement, attestationId: 'att-1' }),
    );
    const { client } = testClient(fetch, { getAppOnlyToken: async () => 'app-token' });
    expect((await client.getAttestationStatus('att-1')).status).toBe('customeraccepted');
    const created = await client.createAgreementWithAttestation(TENANT, {
      attestationId: 'att-1',
      type: 'MicrosoftCustomerAgreement',
    });
    expect(created.data.attestationId).toBe('att-1');
    expect(requests.map((r) => `${r.method} ${r.url.pathname} ${r.headers.Authorization}`)).toEqual([
      'GET /v1/attestations/enhanced/att-1 Bearer app-token',
      `POST /v1/customers/${TENANT}/agreements Bearer app-token`,
    ]);
  });

  it('without an app-only token source the call is refused before sending', async () => {
    const { fetch, requests } = scriptedFetch(json(201, attestation));
    const error = (await failure(testClient(fetch).client.createAttestation(request))) as PartnerCenterError;
    expect(error).toMatchObject({ code: 'app-credential-missing', messageKey: 'errors.attestation.appOnlyRequired' });
    expect(requests).toHaveLength(0);
  });

  it('an invalid request is refused before sending, with the schema messages', async () => {
    const { fetch, requests } = scriptedFetch(json(201, attestation));
    const { client } = testClient(fetch, { getAppOnlyToken: async () => 'app-token' });
    const error = (await failure(client.createAttestation({ ...request, country: 'france' }))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 0, code: 'invalid-request', messageKey: 'errors.request.invalid' });
    expect(error.description).toContain('country');
    expect(requests).toHaveLength(0);
  });

  it('a 401 on an app-only call renews the app-only token once', async () => {
    const refused: string[] = [];
    const { fetch } = scriptedFetch(fault(401, ''), json(201, attestation));
    const { client } = testClient(fetch, {
      getAppOnlyToken: async () => 'app-token',
      onAppOnlyUnauthorized: (token) => void refused.push(token),
      onUnauthorized: () => {
        throw new Error('the delegated token is not involved');
      },
    });
    await client.createAttestation(request);
    expect(refused).toEqual(['app-token']);
  });

  it.each([
    { status: 400, code: 600061, messageKey: 'errors.attestation.duplicate' },
    { status: 403, code: 'AppOnlyAuthenticationRequired', messageKey: 'errors.attestation.appOnlyRequired' },
    { status: 409, code: 'AttestationNotAccepted', messageKey: 'errors.attestation.notAccepted' },
    { status: 410, code: 'LegacyAttestationApiRetired', messageKey: 'errors.attestation.legacyApiRetired' },
  ])('$status $code maps to $messageKey', async ({ status, code, messageKey }) => {
    const { fetch } = scriptedFetch(fault(status, code));
    const { client } = testClient(fetch, { getAppOnlyToken: async () => 'app-token' });
    await expect(client.createAttestation(request)).rejects.toMatchObject({ messageKey });
  });
});
