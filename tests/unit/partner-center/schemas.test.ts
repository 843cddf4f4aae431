import { describe, expect, it } from 'vitest';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import type { z } from 'zod';
import {
  agreementCollectionSchema,
  agreementDocumentSchema,
  agreementMetadataCollectionSchema,
  agreementSchema,
  apiErrorSchema,
  createAgreementRequestSchema,
  customerAgreementRecordsSchema,
  customerCollectionSchema,
  customerSchema,
  directSignStatusSchema,
  epochToIsoDate,
  formatPartnerCenterDate,
  partnerCenterDateSchema,
  relationshipRequestSchema,
  throttledResponseSchema,
} from '@/lib/partner-center/schemas';
import {
  attestationStatusResponseSchema,
  createAgreementWithAttestationRequestSchema,
  createAgreementWithAttestationResponseSchema,
  enhancedAttestationRequestSchema,
  enhancedAttestationResponseSchema,
} from '@/lib/partner-center/contract';

const TENANT = '14876998-c0dc-46e6-9d0c-65a57a6c32ec';
const MCA_TEMPLATE = '117a77b0-9360-443b-8795-c6dedc750cf9';

const agreement = {
  primaryContact: { firstName: 'Tania', lastName: 'Carr', email: 'SomeEmail@Outlook.com', phoneNumber: '1234567890' },
  templateId: MCA_TEMPLATE,
  dateAgreed: '2019-08-26T00:00:00',
  type: 'MicrosoftCustomerAgreement',
  agreementLink: 'https://aka.ms/customeragreement',
  someFutureField: { nested: true },
};

const customer = {
  id: TENANT,
  companyProfile: { tenantId: TENANT, domain: 'contoso.onmicrosoft.com', companyName: 'Contoso', extra: 1 },
  relationshipToPartner: 'reseller',
  attributes: { objectType: 'Customer' },
  unexpected: 'ignored',
};

const link = { uri: '/v1/customers?size=40', method: 'GET', headers: [] };

/** Each schema: valid samples (with unknown fields) and broken ones with a word the error message must contain. */
const cases: { name: string; schema: z.ZodType; valid: unknown[]; invalid: [unknown, string][] }[] = [
  {
    name: 'agreementSchema',
    schema: agreementSchema,
    valid: [
      agreement,
      {
        ...agreement,
        userId: 'b0c4c5d2-0000-4000-8000-000000000001',
        primaryContact: { ...agreement.primaryContact, phoneNumber: null },
      },
    ],
    invalid: [
      [{ ...agreement, dateAgreed: '26/08/2019' }, 'dateAgreed'],
      [{ ...agreement, dateAgreed: '2019-02-30T00:00:00' }, 'calendar'],
      [{ ...agreement, type: 'Other' }, 'MicrosoftCustomerAgreement'],
      [{ ...agreement, primaryContact: undefined }, 'primaryContact'],
      [{ ...agreement, templateId: 42 }, 'templateId'],
    ],
  },
  {
    name: 'agreementCollectionSchema',
    schema: agreementCollectionSchema,
    valid: [
      { totalCount: 2, items: [agreement, agreement], attributes: { objectType: 'Collection' } },
      { totalCount: 0, items: [] },
    ],
    invalid: [
      [{ totalCount: 1 }, 'items'],
      [{ totalCount: -1, items: [] }, 'totalCount'],
      [{ totalCount: 1, items: [{ ...agreement, dateAgreed: null }] }, 'dateAgreed'],
    ],
  },
  {
    name: 'agreementMetadataCollectionSchema',
    schema: agreementMetadataCollectionSchema,
    valid: [
      {
        totalCount: 1,
        items: [
          {
            templateId: MCA_TEMPLATE,
            agreementType: 'MicrosoftCustomerAgreement',
            agreementLink: 'https://aka.ms/customeragreement',
            versionRank: 0,
            x: 1,
          },
        ],
      },
    ],
    invalid: [
      [
        {
          totalCount: 1,
          items: [{ templateId: MCA_TEMPLATE, type: 'MicrosoftCustomerAgreement', agreementLink: 'x', versionRank: 0 }],
        },
        'agreementType',
      ],
      [
        { totalCount: 1, items: [{ templateId: MCA_TEMPLATE, agreementType: 'MicrosoftCustomerAgreement', agreementLink: 'x' }] },
        'versionRank',
      ],
    ],
  },
  {
    name: 'directSignStatusSchema',
    schema: directSignStatusSchema,
    valid: [{ isSigned: true }, { isSigned: false, other: 'x' }],
    invalid: [
      [{ isSigned: 'true' }, 'isSigned'],
      [{}, 'isSigned'],
    ],
  },
  {
    name: 'agreementDocumentSchema',
    schema: agreementDocumentSchema,
    valid: [
      {
        country: 'FR',
        language: 'fr-FR',
        displayUri: 'https://example.com/d',
        downloadUri: 'http://127.0.0.1:4010/x',
        extra: true,
      },
    ],
    invalid: [
      [{ country: 'FR', language: 'fr-FR', displayUri: 'not a url', downloadUri: 'https://example.com' }, 'displayUri'],
      [{ country: 'FR', displayUri: 'https://example.com', downloadUri: 'https://example.com' }, 'language'],
    ],
  },
  {
    name: 'customerSchema',
    schema: customerSchema,
    valid: [
      customer,
      {
        ...customer,
        commerceId: 'abc',
        allowDelegatedAccess: true,
        associatedPartnerId: '7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908',
        billingProfile: { culture: 'fr-fr', language: 'fr', defaultAddress: { country: 'FR', city: 'Lyon' } },
      },
    ],
    invalid: [
      [{ ...customer, id: 'not-a-guid' }, 'id'],
      [{ ...customer, companyProfile: { ...customer.companyProfile, tenantId: undefined } }, 'tenantId'],
      [{ ...customer, companyProfile: { ...customer.companyProfile, companyName: 7 } }, 'companyName'],
      [{ id: TENANT }, 'companyProfile'],
    ],
  },
  {
    name: 'customerCollectionSchema',
    schema: customerCollectionSchema,
    valid: [
      { totalCount: 2, items: [customer], links: { self: link } },
      {
        totalCount: 2,
        items: [customer],
        links: {
          self: link,
          next: {
            uri: '/v1/customers?size=1&seekOperation=Next',
            method: 'GET',
            headers: [{ key: 'MS-ContinuationToken', value: 'abc' }],
          },
        },
        attributes: { objectType: 'Collection' },
      },
    ],
    invalid: [
      [{ totalCount: 2, items: [customer] }, 'links'],
      [
        {
          totalCount: 2,
          items: [customer],
          links: { self: link, next: { uri: '/v1/customers', method: 'GET', headers: [{ key: 'k' }] } },
        },
        'value',
      ],
    ],
  },
  {
    name: 'relationshipRequestSchema',
    schema: relationshipRequestSchema,
    valid: [
      {
        url: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x&msppId=0&DAP=false#/BillingAccounts/partner-invitation',
        attributes: { objectType: 'RelationshipRequest' },
      },
    ],
    invalid: [
      [{ url: 'nope' }, 'url'],
      [{}, 'url'],
    ],
  },
  {
    name: 'customerAgreementRecordsSchema',
    schema: customerAgreementRecordsSchema,
    valid: [
      {
        customerAgreementRecords: [
          {
            customerTenantId: TENANT,
            lastAgreementPrimaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.c', phoneNumber: null },
            lastAgreementDateEpoch: 1680307200,
            partnerAttestationCompleted: true,
            more: 1,
          },
          { customerTenantId: TENANT, lastAgreementPrimaryContact: null, lastAgreementDateEpoch: 0 },
        ],
        continuationToken: 'next',
      },
      { customerAgreementRecords: [] },
    ],
    invalid: [
      [
        { customerAgreementRecords: [{ customerTenantId: TENANT, lastAgreementDateEpoch: '1680307200' }] },
        'lastAgreementDateEpoch',
      ],
      [{ customerAgreementRecords: [{ customerTenantId: 'x', lastAgreementDateEpoch: 0 }] }, 'customerTenantId'],
      [{ continuationToken: 'x' }, 'customerAgreementRecords'],
    ],
  },
  {
    name: 'apiErrorSchema',
    schema: apiErrorSchema,
    valid: [
      { code: '60003', description: 'Tenant not found', data: [], source: 'PartnerFD' },
      {
        code: 600061,
        message: 'A partner confirmed agreement already exists for the customer.',
        description: 'A partner confirmed agreement already exists for the customer.',
        errorName: 'PartnerConfirmedAgreementAlreadyExists',
        isRetryable: false,
        parameters: {},
        errorMessageExtended: 'InternalErrorCode=600061',
      },
    ],
    invalid: [
      [{ description: 'no code' }, 'code'],
      [{ code: '1', description: 5 }, 'description'],
      [{ code: '1', description: 'x', isRetryable: 'no' }, 'isRetryable'],
    ],
  },
  {
    name: 'throttledResponseSchema',
    schema: throttledResponseSchema,
    valid: [{ statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' }],
    invalid: [[{ statusCode: 500, message: 'x' }, 'statusCode']],
  },
  {
    name: 'createAgreementRequestSchema',
    schema: createAgreementRequestSchema,
    valid: [
      {
        primaryContact: { firstName: 'Zoé', lastName: "O'Brien", email: 'zoe@example.fr' },
        dateAgreed: '2025-03-01T00:00:00',
        templateId: MCA_TEMPLATE,
        type: 'MicrosoftCustomerAgreement',
      },
      {
        primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.io', phoneNumber: '+33 1 23 45 67 89' },
        dateAgreed: '2025-03-01T10:20:30',
        templateId: MCA_TEMPLATE,
        type: 'MicrosoftCustomerAgreement',
      },
    ],
    invalid: [
      [
        {
          primaryContact: { firstName: ' ', lastName: 'B', email: 'a@b.io' },
          dateAgreed: '2025-03-01T00:00:00',
          templateId: MCA_TEMPLATE,
          type: 'MicrosoftCustomerAgreement',
        },
        'firstName',
      ],
      [
        {
          primaryContact: { firstName: 'A', lastName: 'B', email: 'not-an-email' },
          dateAgreed: '2025-03-01T00:00:00',
          templateId: MCA_TEMPLATE,
          type: 'MicrosoftCustomerAgreement',
        },
        'email',
      ],
      [
        {
          primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.io' },
          dateAgreed: '2025-03-01',
          templateId: MCA_TEMPLATE,
          type: 'MicrosoftCustomerAgreement',
        },
        'dateAgreed',
      ],
      [
        {
          primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.io' },
          dateAgreed: '2025-03-01T00:00:00',
          type: 'MicrosoftCustomerAgreement',
        },
        'templateId',
      ],
      [
        {
          primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.io', phoneNumber: 'call me' },
          dateAgreed: '2025-03-01T00:00:00',
          templateId: MCA_TEMPLATE,
          type: 'MicrosoftCustomerAgreement',
        },
        'phoneNumber',
      ],
    ],
  },
  {
    name: 'enhancedAttestationRequestSchema',
    schema: enhancedAttestationRequestSchema,
    valid: [
      {
        customerTenantId: TENANT,
        country: 'FR',
        language: 'fr-FR',
        companyName: 'Société Générale d\'Études <Test> "SA"',
        signatoryFirstName: 'Zoé',
        signatoryLastName: 'Lefèvre',
        signatoryEmail: 'zoe@example.fr',
      },
      {
        customerTenantId: TENANT,
        country: 'CA',
        language: 'fr-FR',
        companyName: 'X',
        signatoryFirstName: 'A',
        signatoryLastName: 'B',
        signatoryEmail: 'a@b.ca',
        signatoryPhoneNumber: '+1 514 555 0100',
        expirationTimeInMinutes: 5,
      },
    ],
    invalid: [
      [
        {
          customerTenantId: TENANT,
          country: 'fr',
          language: 'fr-FR',
          companyName: 'X',
          signatoryFirstName: 'A',
          signatoryLastName: 'B',
          signatoryEmail: 'a@b.fr',
        },
        'country',
      ],
      [
        {
          customerTenantId: TENANT,
          country: 'FR',
          language: 'fr-FR',
          companyName: '',
          signatoryFirstName: 'A',
          signatoryLastName: 'B',
          signatoryEmail: 'a@b.fr',
        },
        'companyName',
      ],
      [
        {
          customerTenantId: TENANT,
          country: 'FR',
          language: 'fr-FR',
          companyName: 'X',
          signatoryFirstName: 'A',
          signatoryLastName: 'B',
          signatoryEmail: 'a@b.fr',
          expirationTimeInMinutes: 4,
        },
        'expirationTimeInMinutes',
      ],
      [
        {
          customerTenantId: TENANT,
          country: 'FR',
          language: 'fr-FR',
          companyName: 'X',
          signatoryFirstName: 'A',
          signatoryLastName: 'B',
          signatoryEmail: 'a@b.fr',
          expirationTimeInMinutes: 10081,
        },
        'expirationTimeInMinutes',
      ],
      [
        {
          country: 'FR',
          language: 'fr-FR',
          companyName: 'X',
          signatoryFirstName: 'A',
          signatoryLastName: 'B',
          signatoryEmail: 'a@b.fr',
        },
        'customerTenantId',
      ],
    ],
  },
  {
    name: 'enhancedAttestationResponseSchema',
    schema: enhancedAttestationResponseSchema,
    valid: [
      {
        attestationId: 'att-1',
        customerTenantId: TENANT,
        status: 'LinkGenerated',
        acceptanceUrl: 'http://127.0.0.1:4010/_sandbox/accept/att-1',
        linkExpiresAt: '2026-11-24T10:00:00',
        createdAt: '2026-11-23T10:00:00',
      },
    ],
    invalid: [
      [
        {
          attestationId: 'att-1',
          customerTenantId: TENANT,
          status: 'pending',
          acceptanceUrl: 'http://x/',
          linkExpiresAt: '2026-11-24T10:00:00',
          createdAt: '2026-11-23T10:00:00',
        },
        'status',
      ],
      [
        {
          customerTenantId: TENANT,
          status: 'linkgenerated',
          acceptanceUrl: 'http://x/',
          linkExpiresAt: '2026-11-24T10:00:00',
          createdAt: '2026-11-23T10:00:00',
        },
        'attestationId',
      ],
    ],
  },
  {
    name: 'attestationStatusResponseSchema',
    schema: attestationStatusResponseSchema,
    valid: [
      {
        attestationId: 'a',
        customerTenantId: TENANT,
        status: 'customeraccepted',
        acceptanceUrl: 'http://x/',
        linkExpiresAt: '2026-11-24T10:00:00',
        createdAt: '2026-11-23T10:00:00',
        acceptedAt: '2026-11-23T11:00:00',
      },
    ],
    invalid: [
      [
        {
          attestationId: 'a',
          customerTenantId: TENANT,
          status: 'customeraccepted',
          acceptanceUrl: 'http://x/',
          linkExpiresAt: '2026-11-24T10:00:00',
          createdAt: '2026-11-23T10:00:00',
          acceptedAt: 'yesterday',
        },
        'acceptedAt',
      ],
    ],
  },
  {
    name: 'createAgreementWithAttestationRequestSchema',
    schema: createAgreementWithAttestationRequestSchema,
    valid: [{ attestationId: 'a', type: 'MicrosoftCustomerAgreement' }],
    invalid: [
      [{ attestationId: '', type: 'MicrosoftCustomerAgreement' }, 'attestationId'],
      [{ attestationId: 'a', type: 'MicrosoftCloudAgreement' }, 'type'],
    ],
  },
  {
    name: 'createAgreementWithAttestationResponseSchema',
    schema: createAgreementWithAttestationResponseSchema,
    valid: [{ ...agreement, attestationId: 'a' }],
    invalid: [[agreement, 'attestationId']],
  },
];

describe.each(cases)('$name', ({ schema, valid, invalid }) => {
  it.each(valid.map((sample, index) => [index, sample]))('accepts valid sample %i and drops unknown fields', (_index, sample) => {
    const result = schema.safeParse(sample);
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
    const text = JSON.stringify(result.data);
    expect(text).not.toContain('someFutureField');
    expect(text).not.toContain('unexpected');
  });

  it.each(invalid.map(([sample, word], index) => [index, word, sample] as const))(
    'rejects broken sample %i, naming %s',
    (_index, word, sample) => {
      const result = schema.safeParse(sample);
      expect(result.success).toBe(false);
      const issues = result.error?.issues ?? [];
      const described = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
      expect(described).toContain(word);
    },
  );
});

describe('Partner Center dates', () => {
  it.each(['2019-08-26T00:00:00', '2024-02-29T23:59:59', '2023-04-01T00:00:00.1234567', '2023-04-01T00:00:00Z'])(
    'accepts %s',
    (value) => {
      expect(partnerCenterDateSchema.safeParse(value).success).toBe(true);
    },
  );
  it.each(['2019-08-26', '2023-02-29T00:00:00', '2023-04-01T24:00:00', '2023-04-01T10:00:00+02:00', ''])(
    'rejects %j',
    (value) => {
      expect(partnerCenterDateSchema.safeParse(value).success).toBe(false);
    },
  );
  it('reads a zone-less date as UTC and writes it back the same way', () => {
    const date = new Date(parsePartnerCenterDate('2023-04-01T00:00:00') ?? Number.NaN);
    expect(date.toISOString()).toBe('2023-04-01T00:00:00.000Z');
    expect(formatPartnerCenterDate(date)).toBe('2023-04-01T00:00:00');
    expect(parsePartnerCenterDate('2023-04-01T00:00:00Z')).toBe(date.getTime());
  });
  it('normalises apiError codes to strings', () => {
    expect(apiErrorSchema.parse({ code: 600061, description: 'x' }).code).toBe('600061');
  });
});

describe('epochToIsoDate', () => {
  it.each([
    [1680307200, '2023-04-01T00:00:00.000Z'],
    [1680307200000, '2023-04-01T00:00:00.000Z'],
    [1680307199, '2023-03-31T23:59:59.000Z'],
    [1680307199999, '2023-03-31T23:59:59.999Z'],
    [9999999999, '2286-11-20T17:46:39.000Z'],
    [10000000000, '1970-04-26T17:46:40.000Z'],
  ])('%d → %s', (epoch, iso) => {
    expect(epochToIsoDate(epoch)).toBe(iso);
  });
  it.each([0, -5, Number.NaN])('%d means no date', (epoch) => {
    expect(epochToIsoDate(epoch)).toBeNull();
  });
});
