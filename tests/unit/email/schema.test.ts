import { describe, expect, it } from 'vitest';
import {
  createInvitationInputSchema,
  InvitationInputError,
  invitationInputSchema,
  renderInvitation,
  type InvitationInput,
} from '@/lib/email/invitations';
import { catalogs } from '@/locales/catalog';
import { inputOf, KIND_FIELDS, NOW, PASSWORD } from './fixtures';

function issuesOf(input: unknown, now = NOW) {
  try {
    renderInvitation(input as InvitationInput, { now });
  } catch (error) {
    expect(error).toBeInstanceOf(InvitationInputError);
    return (error as InvitationInputError).issues;
  }
  throw new Error('expected an InvitationInputError');
}

const signer = KIND_FIELDS['indirect-provider-request'].signer;
const customer = inputOf('accept-mca').customer;
const partner = inputOf('accept-mca').partner;

describe('invalid input throws one InvitationInputError with the path and message key of each problem', () => {
  it.each([
    [
      'missing company name',
      inputOf('accept-mca', 'en', { customer: { ...customer, companyName: undefined } }),
      ['customer', 'companyName'],
      'required',
    ],
    [
      'blank company name',
      inputOf('accept-mca', 'en', { customer: { ...customer, companyName: '   ' } }),
      ['customer', 'companyName'],
      'required',
    ],
    [
      'company name that is not text',
      inputOf('accept-mca', 'en', { customer: { ...customer, companyName: 42 } }),
      ['customer', 'companyName'],
      'invalid',
    ],
    [
      'company name on two lines',
      inputOf('accept-mca', 'en', { customer: { ...customer, companyName: 'A\r\nBcc: x@y.z' } }),
      ['customer', 'companyName'],
      'singleLine',
    ],
    [
      'company name too long',
      inputOf('accept-mca', 'en', { customer: { ...customer, companyName: 'x'.repeat(257) } }),
      ['customer', 'companyName'],
      'tooLong',
    ],
    ['missing customer', inputOf('accept-mca', 'en', { customer: undefined }), ['customer'], 'required'],
    [
      'bad customer email',
      inputOf('accept-mca', 'en', { customer: { ...customer, email: 'zoe@' } }),
      ['customer', 'email'],
      'email',
    ],
    [
      'bad partner email',
      inputOf('attestation-notice', 'fr', { partner: { ...partner, email: 'csp at contoso' } }),
      ['partner', 'email'],
      'email',
    ],
    [
      'bad customer GUID',
      inputOf('accept-mca', 'en', { customer: { ...customer, tenantId: '7d2c4e6f-8a0b-4c1d-9e2f' } }),
      ['customer', 'tenantId'],
      'guid',
    ],
    [
      'bad partner GUID',
      inputOf('reseller-relationship', 'en', { partner: { ...partner, tenantId: 'not-a-guid' } }),
      ['partner', 'tenantId'],
      'guid',
    ],
    [
      'bad indirect provider GUID',
      inputOf('reseller-relationship', 'en', { indirectProviderTenantId: 'zzzzzzzz-2222-3333-4444-555555555555' }),
      ['indirectProviderTenantId'],
      'guid',
    ],
    [
      'bad Partner ID',
      inputOf('reseller-relationship', 'en', {
        indirectProviderTenantId: '11111111-2222-3333-4444-555555555555',
        resellerMpnId: 'MPN-1',
      }),
      ['resellerMpnId'],
      'partnerId',
    ],
    ['missing partner name', inputOf('accept-mca', 'en', { partner: { ...partner, name: '' } }), ['partner', 'name'], 'required'],
    ['unknown kind', inputOf('accept-mca', 'en', { kind: 'welcome' }), ['kind'], 'kind'],
    ['missing kind', inputOf('accept-mca', 'en', { kind: undefined }), ['kind'], 'kind'],
    ['unknown locale', inputOf('accept-mca', 'en', { locale: 'ja' }), ['locale'], 'locale'],
    [
      'missing credentials for new-customer',
      inputOf('new-customer', 'en', { credentials: undefined }),
      ['credentials'],
      'required',
    ],
    [
      'missing temporary password',
      inputOf('new-customer', 'en', { credentials: { userName: 'admin@x.example' } }),
      ['credentials', 'temporaryPassword'],
      'required',
    ],
    [
      'blank temporary password',
      inputOf('new-customer', 'en', { credentials: { userName: 'admin@x.example', temporaryPassword: '  ' } }),
      ['credentials', 'temporaryPassword'],
      'required',
    ],
    [
      'missing user name',
      inputOf('new-customer', 'en', { credentials: { userName: ' ', temporaryPassword: PASSWORD } }),
      ['credentials', 'userName'],
      'required',
    ],
    [
      'missing signer for indirect-provider-request',
      inputOf('indirect-provider-request', 'en', { signer: undefined }),
      ['signer'],
      'required',
    ],
    [
      'missing signer email',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, email: undefined } }),
      ['signer', 'email'],
      'required',
    ],
    [
      'bad signer email',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, email: 'zoe' } }),
      ['signer', 'email'],
      'email',
    ],
    [
      'missing signer first name',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, firstName: '' } }),
      ['signer', 'firstName'],
      'required',
    ],
    [
      'future dateAgreed',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: '2026-03-11' } }),
      ['signer', 'dateAgreed'],
      'dateInFuture',
    ],
    [
      'dateAgreed that does not exist',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: '2026-02-30' } }),
      ['signer', 'dateAgreed'],
      'date',
    ],
    [
      'dateAgreed in another format',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: '15/02/2026' } }),
      ['signer', 'dateAgreed'],
      'date',
    ],
    [
      'dateAgreed with a time',
      inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: '2026-02-15T10:00:00Z' } }),
      ['signer', 'dateAgreed'],
      'date',
    ],
    [
      'customer tenant id missing for indirect-provider-request',
      inputOf('indirect-provider-request', 'en', { customer: { ...customer, tenantId: undefined } }),
      ['customer', 'tenantId'],
      'required',
    ],
    [
      'bad indirect provider email',
      inputOf('indirect-provider-request', 'en', { indirectProvider: { email: 'nope' } }),
      ['indirectProvider', 'email'],
      'email',
    ],
    [
      'reseller relationship with neither partner tenant id nor link',
      inputOf('reseller-relationship', 'en', { partner: { name: 'Contoso' } }),
      ['partner', 'tenantId'],
      'partnerTenantIdOrUrl',
    ],
    [
      'relationship link to another site',
      inputOf('reseller-relationship', 'en', { relationshipUrl: 'https://admin.microsoft.com.evil.example/Adminportal/Home' }),
      ['relationshipUrl'],
      'url',
    ],
    [
      'relationship link over http',
      inputOf('reseller-relationship', 'en', { relationshipUrl: 'http://admin.microsoft.com/Adminportal/Home' }),
      ['relationshipUrl'],
      'url',
    ],
    [
      'relationship link that is not a URL',
      inputOf('reseller-relationship', 'en', { relationshipUrl: 'javascript:alert(1)' }),
      ['relationshipUrl'],
      'url',
    ],
  ])('%s', (_, input, path, name) => {
    expect(issuesOf(input)).toEqual([{ path, messageKey: `email.errors.${name}` }]);
  });

  it('reports input that is not an object', () => {
    expect(issuesOf(null)).toEqual([{ path: [], messageKey: 'email.errors.invalid' }]);
    expect(issuesOf('accept-mca')).toEqual([{ path: [], messageKey: 'email.errors.invalid' }]);
  });

  it('lists every problem at once', () => {
    const input = inputOf('indirect-provider-request', 'en', {
      customer: { companyName: '', email: 'x' },
      signer: { ...signer, dateAgreed: '2999-01-01', email: 'y' },
    });
    expect(issuesOf(input)).toEqual([
      { path: ['customer', 'companyName'], messageKey: 'email.errors.required' },
      { path: ['customer', 'email'], messageKey: 'email.errors.email' },
      { path: ['customer', 'tenantId'], messageKey: 'email.errors.required' },
      { path: ['signer', 'email'], messageKey: 'email.errors.email' },
      { path: ['signer', 'dateAgreed'], messageKey: 'email.errors.dateInFuture' },
    ]);
  });

  it('gives a clear English message naming each field, and never the values', () => {
    const input = inputOf('new-customer', 'en', {
      customer: { ...customer, email: 'bad' },
      credentials: { userName: '', temporaryPassword: PASSWORD },
    });
    const error = (() => {
      try {
        renderInvitation(input, { now: NOW });
      } catch (caught) {
        return caught as InvitationInputError;
      }
      throw new Error('expected an error');
    })();
    expect(error.name).toBe('InvitationInputError');
    expect(error.message).toBe(
      'Invalid invitation input: customer.email: Enter a valid email address, like name@example.com.; credentials.userName: This field is required.',
    );
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack ?? ''}`).not.toContain(PASSWORD);
  });

  it('uses message keys that exist in the UI catalogues of both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const errors = catalogs[locale].email.errors as Record<string, string>;
      for (const issue of issuesOf(inputOf('accept-mca', 'en', { customer: { companyName: '' }, kind: 'nope' })).concat(
        issuesOf(inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: '2099-01-01' } })),
      )) {
        expect(errors[issue.messageKey.replace('email.errors.', '')]).toBeTruthy();
      }
    }
  });
});

describe('valid input', () => {
  it.each([
    ['today (UTC)', '2026-03-10', new Date('2026-03-10T00:00:00Z')],
    ['today, late in the UTC day', '2026-03-10', new Date('2026-03-10T23:59:59Z')],
    ['a leap day', '2024-02-29', NOW],
    ['long ago', '2019-10-01', NOW],
  ])('accepts a date of acceptance of %s', (_, dateAgreed, now) => {
    expect(() =>
      renderInvitation(inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed } }), { now }),
    ).not.toThrow();
  });

  it('judges "in the future" against the current date when no `now` is given', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 36 * 3600 * 1000).toISOString().slice(0, 10);
    expect(() =>
      renderInvitation(inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: tomorrow } })),
    ).toThrow(InvitationInputError);
    expect(() =>
      renderInvitation(inputOf('indirect-provider-request', 'en', { signer: { ...signer, dateAgreed: yesterday } })),
    ).not.toThrow();
  });

  it('treats blank optional fields as absent', () => {
    const parsed = createInvitationInputSchema(() => NOW).parse(
      inputOf('reseller-relationship', 'en', {
        customer: { companyName: 'Fabrikam', contactName: ' ', email: '', tenantId: '' },
        relationshipUrl: '',
        indirectProviderTenantId: '  ',
        resellerMpnId: '',
      }),
    );
    expect(parsed).toMatchObject({ customer: { companyName: 'Fabrikam' } });
    expect(parsed.customer).toEqual({ companyName: 'Fabrikam' });
    expect(parsed).not.toHaveProperty('relationshipUrl', expect.anything());
  });

  it('keeps the temporary password to the character, spaces included, and trims everything else', () => {
    const parsed = invitationInputSchema.parse(
      inputOf('new-customer', 'en', { credentials: { userName: ' admin@x.example ', temporaryPassword: ' a b ' } }),
    );
    expect(parsed.kind === 'new-customer' && parsed.credentials).toEqual({
      userName: 'admin@x.example',
      temporaryPassword: ' a b ',
    });
  });

  it('accepts upper-case GUIDs and a relationship link on any Microsoft admin host', () => {
    for (const relationshipUrl of [
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x#/BillingAccounts/partner-invitation',
      'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=x&csp=1&msppid=0',
    ]) {
      expect(() =>
        renderInvitation(
          inputOf('reseller-relationship', 'en', {
            relationshipUrl,
            customer: { ...customer, tenantId: customer.tenantId?.toUpperCase() },
          }),
          { now: NOW },
        ),
      ).not.toThrow();
    }
  });
});
