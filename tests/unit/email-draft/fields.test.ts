import { describe, expect, it } from 'vitest';
import { fieldsInGroup, fieldsOf } from '@/lib/email-draft/fields';

describe('fieldsOf', () => {
  it.each([
    [
      'accept-mca',
      [
        'customer.companyName!',
        'customer.contactName',
        'customer.email',
        'customer.tenantId',
        'partner.name!',
        'partner.email',
        'partner.signature',
      ],
    ],
    [
      'attestation-notice',
      [
        'customer.companyName!',
        'customer.contactName',
        'customer.email',
        'customer.tenantId',
        'partner.name!',
        'partner.email',
        'partner.signature',
      ],
    ],
    [
      'new-customer',
      [
        'customer.companyName!',
        'customer.contactName',
        'customer.email',
        'customer.tenantId',
        'credentials.userName!',
        'credentials.temporaryPassword!',
        'partner.name!',
        'partner.email',
        'partner.signature',
      ],
    ],
    [
      'reseller-relationship',
      [
        'customer.companyName!',
        'customer.contactName',
        'customer.email',
        'customer.tenantId',
        'relationshipUrl',
        'indirectProviderTenantId',
        'resellerMpnId',
        'partner.name!',
        'partner.tenantId',
        'partner.email',
        'partner.signature',
      ],
    ],
    [
      'indirect-provider-request',
      [
        'customer.companyName!',
        'customer.tenantId!',
        'signer.firstName!',
        'signer.lastName!',
        'signer.email!',
        'signer.phone',
        'signer.dateAgreed!',
        'indirectProvider.name',
        'indirectProvider.email',
        'partner.name!',
        'partner.tenantId',
        'resellerMpnId',
        'partner.email',
        'partner.signature',
      ],
    ],
  ] as const)('%s shows its own fields, required ones marked', (kind, expected) => {
    expect(fieldsOf(kind).map((field) => `${field.name}${field.required ? '!' : ''}`)).toEqual(expected);
  });

  it.each([
    ['customer.email', 'email'],
    ['credentials.temporaryPassword', 'password'],
    ['signer.dateAgreed', 'date'],
    ['signer.phone', 'tel'],
    ['relationshipUrl', 'url'],
    ['partner.signature', 'multiline'],
    ['customer.tenantId', 'identifier'],
  ] as const)('%s is a %s input', (name, input) => {
    const field = [
      ...fieldsOf('new-customer'),
      ...fieldsOf('reseller-relationship'),
      ...fieldsOf('indirect-provider-request'),
    ].find((candidate) => candidate.name === name);
    expect(field?.input).toBe(input);
  });

  it('groups the fields for their fieldsets', () => {
    expect(fieldsInGroup('new-customer', 'credentials').map((field) => field.name)).toEqual([
      'credentials.userName',
      'credentials.temporaryPassword',
    ]);
    expect(fieldsInGroup('accept-mca', 'signer')).toEqual([]);
  });
});
