import { describe, expect, it } from 'vitest';
import { InvitationInputError } from '@/lib/email/errors';
import { buildResellerRelationshipUrl, isRelationshipLink, MCA_ACCEPTANCE_URL } from '@/lib/email/links';
import { PARTNER_TENANT_ID, PROVIDER_TENANT_ID } from './fixtures';

describe('buildResellerRelationshipUrl', () => {
  it.each([
    [
      'a direct partner',
      { partnerTenantId: PARTNER_TENANT_ID },
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    ],
    [
      'a direct partner, upper-case GUID with spaces around',
      { partnerTenantId: `  ${PARTNER_TENANT_ID.toUpperCase()} ` },
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    ],
    [
      'a direct partner: a Partner ID alone does not matter',
      { partnerTenantId: PARTNER_TENANT_ID, resellerMpnId: '1234567' },
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    ],
    [
      'an indirect reseller with its Partner ID',
      { partnerTenantId: PARTNER_TENANT_ID, indirectProviderTenantId: PROVIDER_TENANT_ID, resellerMpnId: '1234567' },
      `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=1234567&indirectCSPId=${PROVIDER_TENANT_ID}&DAP=false#/BillingAccounts/partner-invitation`,
    ],
    [
      'an indirect reseller without its Partner ID',
      { partnerTenantId: PARTNER_TENANT_ID, indirectProviderTenantId: PROVIDER_TENANT_ID.toUpperCase() },
      `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&indirectCSPId=${PROVIDER_TENANT_ID}&DAP=false#/BillingAccounts/partner-invitation`,
    ],
  ])('%s', (_, params, expected) => {
    const url = buildResellerRelationshipUrl(params);
    expect(url).toBe(expected);
    expect(new URL(url).hash).toBe('#/BillingAccounts/partner-invitation');
  });

  it.each([
    ['an empty partner tenant id', { partnerTenantId: '' }, ['partnerTenantId'], 'guid'],
    [
      'a partner tenant id that is not a GUID',
      { partnerTenantId: '0b6e9a4c2f1d4c8e9a513d7f2e8b1c60' },
      ['partnerTenantId'],
      'guid',
    ],
    ['a GUID with braces', { partnerTenantId: `{${PARTNER_TENANT_ID}}` }, ['partnerTenantId'], 'guid'],
    ['a GUID with a query smuggled in', { partnerTenantId: `${PARTNER_TENANT_ID}&DAP=true` }, ['partnerTenantId'], 'guid'],
    [
      'a bad indirect provider tenant id',
      { partnerTenantId: PARTNER_TENANT_ID, indirectProviderTenantId: 'x' },
      ['indirectProviderTenantId'],
      'guid',
    ],
    [
      'a Partner ID with letters',
      { partnerTenantId: PARTNER_TENANT_ID, indirectProviderTenantId: PROVIDER_TENANT_ID, resellerMpnId: '12a' },
      ['resellerMpnId'],
      'partnerId',
    ],
  ])('refuses %s', (_, params, path, name) => {
    expect(() => buildResellerRelationshipUrl(params)).toThrow(InvitationInputError);
    try {
      buildResellerRelationshipUrl(params);
    } catch (error) {
      expect((error as InvitationInputError).issues).toEqual([{ path, messageKey: `email.errors.${name}` }]);
    }
  });
});

describe('isRelationshipLink', () => {
  it.each([
    [MCA_ACCEPTANCE_URL, true],
    ['https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x', true],
    ['https://admin.cloud.microsoft/?invType=ResellerRelationship', true],
    ['https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship', true],
    ['http://admin.microsoft.com/Adminportal/Home', false],
    ['https://admin.microsoft.com.evil.example/', false],
    ['https://evil.example/?https://admin.microsoft.com/', false],
    ['https://user:pass@admin.microsoft.com/', false],
    ['admin.microsoft.com/Adminportal/Home', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isRelationshipLink(url)).toBe(expected);
  });
});
