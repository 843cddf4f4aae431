import { describe, expect, it } from 'vitest';
import { renderInvitation } from '@/lib/email/invitations';
import { acceptanceLinkOffer, type TrackedLinkLike } from '@/lib/email-draft/acceptance-link';
import { buildInvitationInput } from '@/lib/email-draft/input';
import { CUSTOMER_TENANT_ID, NOW } from './fixtures';

const tracked = (changes: Partial<TrackedLinkLike> = {}): TrackedLinkLike => ({
  attestationId: 'att-2',
  tenantId: CUSTOMER_TENANT_ID,
  companyName: 'Contoso SARL',
  country: 'FR',
  language: 'fr-FR',
  signer: { firstName: 'Camille', lastName: 'Durand', email: 'camille.durand@contoso.example' },
  state: 'link-sent',
  acceptanceUrl: 'https://mca.microsoft.com/accept?id=2',
  // As Partner Center writes instants: without a zone, in UTC.
  linkExpiresAt: '2026-03-17T12:00:00',
  ...changes,
});

describe('acceptanceLinkOffer', () => {
  it('fills the draft from the attestation whose link waits for the signer, in the customer’s language', () => {
    const offer = acceptanceLinkOffer(
      [tracked({ attestationId: 'att-3', state: 'agreement-created' }), tracked(), tracked({ attestationId: 'att-1' })],
      NOW,
    );
    expect(offer).toEqual({
      available: true,
      attestationId: 'att-2',
      locale: 'fr',
      values: {
        'customer.companyName': 'Contoso SARL',
        'customer.country': 'FR',
        'customer.tenantId': CUSTOMER_TENANT_ID,
        'signer.firstName': 'Camille',
        'signer.lastName': 'Durand',
        'signer.email': 'camille.durand@contoso.example',
        'acceptance.url': 'https://mca.microsoft.com/accept?id=2',
        'acceptance.expiresAt': '2026-03-17T12:00:00.000Z',
      },
    });
  });

  it('gives values the email accepts as they are, with the expiry on the customer’s clock', () => {
    const offer = acceptanceLinkOffer([tracked()], NOW);
    if (!offer.available) throw new Error('expected an offer');
    const email = renderInvitation(
      buildInvitationInput('acceptance-link', offer.locale, { ...offer.values, 'partner.name': 'Adatum Cloud' }),
      { now: NOW },
    );
    expect(email.text).toContain('https://mca.microsoft.com/accept?id=2');
    expect(email.text).toContain('17 mars 2026 à 13:00 (heure d’Europe centrale)');
  });

  it.each([
    ['no attestation', [], 'none'],
    ['a link past its expiry, not yet seen expired', [tracked({ linkExpiresAt: '2026-03-10T11:59:00Z' })], 'expired'],
    ['an attestation seen expired', [tracked({ state: 'expired' })], 'expired'],
    ['a link already accepted', [tracked({ state: 'accepted' })], 'finished'],
    [
      'the newest attestation done, an older one expired',
      [tracked({ state: 'agreement-created' }), tracked({ state: 'expired' })],
      'finished',
    ],
    ['an expiry that is no date', [tracked({ linkExpiresAt: 'soon' })], 'expired'],
  ] as const)('%s: not offered (%s)', (_, attestations, reason) => {
    expect(acceptanceLinkOffer(attestations, NOW)).toEqual({ available: false, reason });
  });
});
