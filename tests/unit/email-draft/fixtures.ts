import type { InvitationKind } from '@/lib/email/invitations';
import type { DraftValues } from '@/lib/email-draft/fields';

export const NOW = new Date('2026-03-10T12:00:00Z');
export const CUSTOMER_TENANT_ID = '7d2c4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f';
export const PARTNER_TENANT_ID = '0b6e9a4c-2f1d-4c8e-9a51-3d7f2e8b1c60';
export const PASSWORD = ' Tmp!9 Qx#7&<z> ';

const COMMON: DraftValues = {
  'customer.companyName': 'Contoso Ltd',
  'customer.contactName': 'Zoé Lefèvre',
  'customer.email': 'zoe@contoso.example',
  'customer.tenantId': CUSTOMER_TENANT_ID,
  'partner.name': 'Adatum Cloud',
  'partner.email': 'csp@adatum.example',
  'partner.signature': 'Jean Martin\nAdatum Cloud',
};

/** Form values that make a valid email of each kind. */
export const VALID_VALUES: Record<InvitationKind, DraftValues> = {
  'accept-mca': COMMON,
  'attestation-notice': COMMON,
  'new-customer': {
    ...COMMON,
    'credentials.userName': 'admin@contoso.onmicrosoft.com',
    'credentials.temporaryPassword': PASSWORD,
  },
  'reseller-relationship': { ...COMMON, 'partner.tenantId': PARTNER_TENANT_ID },
  'indirect-provider-request': {
    ...COMMON,
    'signer.firstName': 'Zoé',
    'signer.lastName': 'Lefèvre',
    'signer.email': 'zoe@contoso.example',
    'signer.dateAgreed': '2026-03-01',
  },
  'acceptance-link': {
    ...COMMON,
    'customer.country': 'FR',
    'signer.firstName': 'Camille',
    'signer.lastName': 'Durand',
    'signer.email': 'camille.durand@contoso.example',
    'acceptance.url': 'https://mca.microsoft.com/accept?id=4f1c2e',
    'acceptance.expiresAt': '2026-03-30T17:00:00.000Z',
  },
};
