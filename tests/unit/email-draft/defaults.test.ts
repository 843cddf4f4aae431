import { describe, expect, it } from 'vitest';
import { defaultLocale, draftDefaults } from '@/lib/email-draft/defaults';
import { CUSTOMER_TENANT_ID, PARTNER_TENANT_ID } from './fixtures';

describe('defaultLocale', () => {
  it.each([
    ['nothing known', {}, 'en'],
    ['customer language fr-FR', { customer: { language: 'fr-FR' } }, 'fr'],
    ['customer language pt_BR', { customer: { language: 'pt_BR' } }, 'pt'],
    [
      'customer language en-GB over a French default',
      { customer: { language: 'en-GB' }, settings: { defaultInvitationLanguage: 'fr' } },
      'en',
    ],
    ['customer language ja-JP: the country then', { customer: { language: 'ja-JP', country: 'DE' } }, 'de'],
    ['country only', { customer: { country: 'br' } }, 'pt'],
    [
      'multilingual country: the partner default',
      { customer: { country: 'BE' }, settings: { defaultInvitationLanguage: 'nl' } },
      'nl',
    ],
    ['partner default only', { settings: { defaultInvitationLanguage: 'it' } }, 'it'],
    ['a damaged default', { settings: { defaultInvitationLanguage: 'klingon' } }, 'en'],
  ] as const)('%s → %s', (_, sources, expected) => {
    expect(defaultLocale(sources)).toBe(expected);
  });
});

describe('draftDefaults', () => {
  it('fills the customer from its record and contact, the sender from the settings', () => {
    expect(
      draftDefaults({
        tenantId: CUSTOMER_TENANT_ID,
        customer: { companyName: 'Fabrikam SAS', country: 'FR', language: 'fr-FR' },
        contact: { firstName: 'Ann', lastName: 'Lee', email: 'ann.lee@example.com' },
        settings: {
          partnerName: 'Adatum',
          emailSignature: 'Jean\nAdatum',
          partnerTenant: PARTNER_TENANT_ID,
          defaultInvitationLanguage: 'en',
        },
      }),
    ).toEqual({
      locale: 'fr',
      values: {
        'customer.companyName': 'Fabrikam SAS',
        'customer.contactName': 'Ann Lee',
        'customer.email': 'ann.lee@example.com',
        'customer.tenantId': CUSTOMER_TENANT_ID,
        'partner.name': 'Adatum',
        'partner.signature': 'Jean\nAdatum',
        'partner.tenantId': PARTNER_TENANT_ID,
      },
    });
  });

  it.each([
    ['no sources', {}, {}],
    ['blank settings', { settings: { partnerName: '', emailSignature: '  ', partnerTenant: '' } }, {}],
    ['a partner tenant given as a domain is not a tenant id', { settings: { partnerTenant: 'adatum.onmicrosoft.com' } }, {}],
    ['settings of another shape', { settings: { partnerName: 42 } }, {}],
    ['a contact with a first name only', { contact: { firstName: 'Ann' } }, { 'customer.contactName': 'Ann' }],
    [
      'the billing contact of the record when no agreement names one',
      { customer: { companyName: 'Taylor Holdings Ltd', contactName: 'Sam Taylor', contactEmail: 'sam@taylor.example' } },
      {
        'customer.companyName': 'Taylor Holdings Ltd',
        'customer.contactName': 'Sam Taylor',
        'customer.email': 'sam@taylor.example',
      },
    ],
    [
      "the agreement's signer before the billing contact",
      {
        contact: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
        customer: { contactName: 'Sam Taylor', contactEmail: 'sam@taylor.example' },
      },
      { 'customer.contactName': 'Ann Lee', 'customer.email': 'ann@example.com' },
    ],
  ])('%s', (_, sources, values) => {
    expect(draftDefaults(sources).values).toEqual(values);
  });
});
