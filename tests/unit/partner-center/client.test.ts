import { describe, expect, it } from 'vitest';
import { PartnerCenterError } from '@/lib/partner-center/client';
import { agreement, CORRELATION_ID, fault, failure, json, scriptedFetch, testClient, TENANT } from './client-fakes';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const agreements = (items: unknown[]) => json(200, { totalCount: items.length, items, attributes: { objectType: 'Collection' } });

describe('Partner Center client: headers', () => {
  it('sends the bearer token, JSON accept, request and correlation ids, and the locale', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: false }));
    const { client } = testClient(fetch, { locale: 'fr-FR' });
    await client.getDirectSignStatus(TENANT);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url.toString()).toBe(
      `https://api.partnercenter.microsoft.com/v1/customers/${TENANT}/directSignedMicrosoftCustomerAgreementStatus`,
    );
    expect(request?.headers).toMatchObject({
      Authorization: 'Bearer delegated-token',
      Accept: 'application/json',
      'MS-CorrelationId': CORRELATION_ID,
      'X-Locale': 'fr-FR',
    });
    expect(request?.headers['MS-RequestId']).toMatch(GUID);
    expect(request?.headers['Content-Type']).toBeUndefined();
  });

  it('uses real GUIDs by default, one correlation id per client and a new request id per call', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: false }));
    const { client } = testClient(fetch, { newGuid: undefined, correlationId: undefined });
    await client.getDirectSignStatus(TENANT);
    await client.getDirectSignStatus(TENANT);
    const [first, second] = requests;
    expect(first?.headers['MS-RequestId']).toMatch(GUID);
    expect(second?.headers['MS-RequestId']).toMatch(GUID);
    expect(first?.headers['MS-RequestId']).not.toBe(second?.headers['MS-RequestId']);
    expect(first?.headers['MS-CorrelationId']).toBe(client.correlationId);
    expect(second?.headers['MS-CorrelationId']).toBe(client.correlationId);
    expect(client.correlationId).toMatch(GUID);
  });

  it('sends no X-Locale when none is set', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: false }));
    await testClient(fetch).client.getDirectSignStatus(TENANT);
    expect(requests[0]?.headers['X-Locale']).toBeUndefined();
  });

  it('a write returns its ids; a call may bring its own correlation id', async () => {
    const { fetch, requests } = scriptedFetch(json(201, agreement));
    const { client } = testClient(fetch);
    const result = await client.createAgreement(
      TENANT,
      {
        primaryContact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
        dateAgreed: '2024-05-01T00:00:00',
        templateId: agreement.templateId,
        type: 'MicrosoftCustomerAgreement',
      },
      { correlationId: 'c0ffee00-0000-4000-8000-000000000000' },
    );
    expect(result).toMatchObject({
      status: 201,
      correlationId: 'c0ffee00-0000-4000-8000-000000000000',
      data: { userId: agreement.userId },
    });
    expect(result.requestId).toBe(requests[0]?.headers['MS-RequestId']);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'MS-CorrelationId': 'c0ffee00-0000-4000-8000-000000000000' },
      body: { primaryContact: { firstName: 'Ada' }, type: 'MicrosoftCustomerAgreement' },
    });
  });

  it('errors carry the request and correlation ids', async () => {
    const { fetch, requests } = scriptedFetch(fault(404, '60003', 'Tenant not found'));
    const { client } = testClient(fetch);
    const error = (await failure(client.getCustomer(TENANT, { correlationId: 'c1' }))) as PartnerCenterError;
    expect(error.requestId).toBe(requests[0]?.headers['MS-RequestId']);
    expect(error.correlationId).toBe('c1');
  });
});

describe('Partner Center client: agreement type', () => {
  it('asks for the customer agreements of the MCA, always', async () => {
    const { fetch, requests } = scriptedFetch(agreements([agreement, { ...agreement, dateAgreed: '2022-01-01T00:00:00' }]));
    const result = await testClient(fetch).client.getCustomerAgreements(TENANT);
    expect(requests[0]?.url.pathname).toBe(`/v1/customers/${TENANT}/agreements`);
    expect(requests[0]?.url.searchParams.get('agreementType')).toBe('MicrosoftCustomerAgreement');
    expect(result.map((a) => a.dateAgreed)).toEqual(['2024-05-01T00:00:00', '2022-01-01T00:00:00']);
  });

  it('asks for the MCA template metadata', async () => {
    const metadata = {
      templateId: agreement.templateId,
      agreementType: 'MicrosoftCustomerAgreement',
      agreementLink: 'https://aka.ms/customeragreement',
      versionRank: 0,
    };
    const { fetch, requests } = scriptedFetch(json(200, { totalCount: 1, items: [metadata] }));
    expect(await testClient(fetch).client.getAgreementMetadata()).toEqual([metadata]);
    expect(requests[0]?.url.search).toBe('?agreementType=MicrosoftCustomerAgreement');
  });
});

describe('Partner Center client: other endpoints', () => {
  it('gets a customer by id, the id encoded in the path', async () => {
    const { fetch, requests } = scriptedFetch(
      json(200, { id: TENANT, companyProfile: { tenantId: TENANT, domain: 'a.onmicrosoft.com', companyName: 'A' } }),
    );
    const customer = await testClient(fetch).client.getCustomer(TENANT);
    expect(customer.companyProfile.companyName).toBe('A');
    expect(requests[0]?.url.pathname).toBe(`/v1/customers/${TENANT}`);
  });

  it('gets the agreement document for a country and language', async () => {
    const document = {
      country: 'FR',
      language: 'fr-FR',
      displayUri: 'https://example.test/d',
      downloadUri: 'https://example.test/f',
    };
    const { fetch, requests } = scriptedFetch(json(200, document));
    expect(
      await testClient(fetch).client.getAgreementDocument(agreement.templateId, { country: 'FR', language: 'fr-FR' }),
    ).toEqual(document);
    expect(requests[0]?.url.pathname).toBe(`/v1/agreementtemplates/${agreement.templateId}/document`);
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({ country: 'FR', language: 'fr-FR' });
  });

  it('gets the relationship request URL', async () => {
    const url =
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
    const { fetch, requests } = scriptedFetch(json(200, { url, attributes: { objectType: 'RelationshipRequest' } }));
    expect(await testClient(fetch).client.getRelationshipRequestUrl()).toBe(url);
    expect(requests[0]?.url.pathname).toBe('/v1/customers/relationshiprequests');
  });
});

describe('Partner Center client: error mapping', () => {
  const duplicate = { errorName: 'PartnerConfirmedAgreementAlreadyExists', isRetryable: false };
  const throttled = { statusCode: 429, message: 'Rate limit is exceeded.' };
  it.each([
    {
      name: 'duplicate agreement',
      reply: () => fault(400, 600061, 'exists', duplicate),
      code: '600061',
      messageKey: 'errors.attestation.duplicate',
    },
    {
      name: 'tenant not found',
      reply: () => fault(404, '60003', 'Tenant not found'),
      code: '60003',
      messageKey: 'errors.customer.notFound',
    },
    {
      name: 'MFA missing',
      reply: () => fault(401, '900421', 'MFA required'),
      code: '900421',
      messageKey: 'errors.auth.mfaRequired',
    },
    {
      name: 'throttled',
      reply: () => json(429, throttled, { 'Retry-After': '500' }),
      code: '429',
      messageKey: 'errors.request.throttled',
    },
    {
      name: 'purchase blocked',
      reply: () => fault(403, '13605', 'blocked'),
      code: '13605',
      messageKey: 'errors.order.blockedMissingMca',
    },
    {
      name: 'not Partner Center',
      reply: () => new Response('<html>teapot</html>', { status: 418 }),
      code: '418',
      messageKey: 'errors.service.unknown',
    },
  ])('$name: code $code → $messageKey', async ({ reply, code, messageKey }) => {
    const answer = reply();
    const { fetch } = scriptedFetch(answer);
    const error = (await failure(testClient(fetch).client.getCustomer(TENANT))) as PartnerCenterError;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: answer.status, code, messageKey });
  });

  it('keeps the description and the unknown-error parameters', async () => {
    const { fetch } = scriptedFetch(fault(418, 'Teapot', 'short and stout'));
    const error = (await failure(testClient(fetch).client.getCustomer(TENANT))) as PartnerCenterError;
    expect(error.description).toBe('short and stout');
    expect(error.messageParams).toEqual({ status: 418, code: 'Teapot' });
  });

  it('a 200 whose body does not match the schema is a PartnerCenterError, not retried', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: 'yes' }));
    const error = (await failure(testClient(fetch).client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 200, code: 'invalid-response', messageKey: 'errors.service.unparseable' });
    expect(error.description).toContain('isSigned');
    expect(requests).toHaveLength(1);
  });

  it('a 200 that is not JSON is a PartnerCenterError', async () => {
    const { fetch } = scriptedFetch(new Response('<html>sign in</html>', { status: 200 }));
    await expect(testClient(fetch).client.getDirectSignStatus(TENANT)).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('an agreement collection with a bad item fails as a whole, naming where', async () => {
    const { fetch } = scriptedFetch(agreements([{ ...agreement, dateAgreed: 'yesterday' }]));
    const error = (await failure(testClient(fetch).client.getCustomerAgreements(TENANT))) as PartnerCenterError;
    expect(error.description).toContain('items.0.dateAgreed');
  });

  it('a failed sign-in is reported with its own message, and nothing is sent', async () => {
    const { fetch, requests } = scriptedFetch(json(200, { isSigned: true }));
    const signInNeeded = Object.assign(new Error('interaction-required'), { messageKey: 'auth.errors.signInRequired' });
    const { client } = testClient(fetch, { getAccessToken: () => Promise.reject(signInNeeded) });
    const error = (await failure(client.getDirectSignStatus(TENANT))) as PartnerCenterError;
    expect(error).toMatchObject({ status: 0, code: 'sign-in', messageKey: 'auth.errors.signInRequired', retryable: false });
    expect(error.cause).toBe(signInNeeded);
    expect(requests).toHaveLength(0);
  });
});
