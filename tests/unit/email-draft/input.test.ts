import { describe, expect, it } from 'vitest';
import { INVITATION_KINDS } from '@/lib/email/invitations';
import { buildInvitationInput } from '@/lib/email-draft/input';
import { CUSTOMER_TENANT_ID, PARTNER_TENANT_ID, PASSWORD, VALID_VALUES } from './fixtures';

describe('buildInvitationInput', () => {
  it('nests the values of an accept-mca draft as the schema wants them', () => {
    expect(buildInvitationInput('accept-mca', 'fr', VALID_VALUES['accept-mca'])).toEqual({
      kind: 'accept-mca',
      locale: 'fr',
      customer: {
        companyName: 'Contoso Ltd',
        contactName: 'Zoé Lefèvre',
        email: 'zoe@contoso.example',
        tenantId: CUSTOMER_TENANT_ID,
      },
      partner: { name: 'Adatum Cloud', email: 'csp@adatum.example', signature: 'Jean Martin\nAdatum Cloud' },
    });
  });

  it.each(INVITATION_KINDS)('%s: leaves out the fields of other kinds', (kind) => {
    const everything = Object.assign({}, ...Object.values(VALID_VALUES), { relationshipUrl: 'https://admin.microsoft.com/x' });
    const input = buildInvitationInput(kind, 'en', everything) as unknown as Record<string, unknown>;
    const expectedKeys: Record<typeof kind, string[]> = {
      'accept-mca': ['customer', 'kind', 'locale', 'partner'],
      'attestation-notice': ['customer', 'kind', 'locale', 'partner'],
      'new-customer': ['credentials', 'customer', 'kind', 'locale', 'partner'],
      'reseller-relationship': [
        'customer',
        'indirectProviderTenantId',
        'kind',
        'locale',
        'partner',
        'relationshipUrl',
        'resellerMpnId',
      ],
      'indirect-provider-request': ['customer', 'kind', 'locale', 'partner', 'resellerMpnId', 'signer'],
      'acceptance-link': ['acceptance', 'customer', 'kind', 'locale', 'partner', 'signer'],
    };
    expect(Object.keys(input).sort()).toEqual(expectedKeys[kind]);
  });

  it('keeps the password exactly as typed', () => {
    const input = buildInvitationInput('new-customer', 'en', VALID_VALUES['new-customer']);
    expect(input.kind === 'new-customer' && input.credentials.temporaryPassword).toBe(PASSWORD);
  });

  it('sends a field left untouched as an empty string, for the schema to call it missing', () => {
    const input = buildInvitationInput('accept-mca', 'en', {});
    expect(input.customer).toEqual({ companyName: '', contactName: '', email: '', tenantId: '' });
  });

  it.each([
    [{}, undefined],
    [{ 'indirectProvider.name': '  ' }, undefined],
    [{ 'indirectProvider.email': 'p@provider.example' }, { name: '', email: 'p@provider.example' }],
  ])('indirect provider %j → %j', (provider, expected) => {
    const input = buildInvitationInput('indirect-provider-request', 'en', {
      ...VALID_VALUES['indirect-provider-request'],
      ...provider,
    });
    expect(input.kind === 'indirect-provider-request' && input.indirectProvider).toEqual(expected);
  });

  it('takes the partner tenant id for a reseller relationship', () => {
    const input = buildInvitationInput('reseller-relationship', 'en', VALID_VALUES['reseller-relationship']);
    expect(input.partner.tenantId).toBe(PARTNER_TENANT_ID);
  });
});
