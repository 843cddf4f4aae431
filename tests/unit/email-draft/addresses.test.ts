import { describe, expect, it } from 'vitest';
import { INVITATION_KINDS, toEml } from '@/lib/email/invitations';
import { emlAddresses } from '@/lib/email-draft/addresses';
import { renderDraft } from '@/lib/email-draft/render';
import { NOW, VALID_VALUES } from './fixtures';

describe('emlAddresses', () => {
  it.each([
    [
      'a customer email',
      'accept-mca',
      {},
      { to: 'zoe@contoso.example', from: { address: 'csp@adatum.example', name: 'Adatum Cloud' } },
    ],
    [
      'to the indirect provider',
      'indirect-provider-request',
      { 'indirectProvider.email': ' p@provider.example ' },
      { to: 'p@provider.example', from: { address: 'csp@adatum.example', name: 'Adatum Cloud' } },
    ],
    [
      'to the signer, for the acceptance link',
      'acceptance-link',
      {},
      { to: 'camille.durand@contoso.example', from: { address: 'csp@adatum.example', name: 'Adatum Cloud' } },
    ],
    ['no provider address', 'indirect-provider-request', {}, { from: { address: 'csp@adatum.example', name: 'Adatum Cloud' } }],
    ['no addresses', 'new-customer', { 'customer.email': '', 'partner.email': ' ' }, {}],
    [
      'a company name too long for a display name',
      'accept-mca',
      { 'partner.name': 'x'.repeat(201) },
      { to: 'zoe@contoso.example', from: { address: 'csp@adatum.example' } },
    ],
  ] as const)('%s', (_, kind, change, expected) => {
    expect(emlAddresses(kind, { ...VALID_VALUES[kind], ...change })).toEqual(expected);
  });

  it.each(INVITATION_KINDS)('%s: the .eml accepts them', (kind) => {
    const draft = renderDraft(kind, 'en', VALID_VALUES[kind], NOW);
    expect(draft.ok && toEml(draft.email, emlAddresses(kind, VALID_VALUES[kind]))).toContain(
      'From: "Adatum Cloud" <csp@adatum.example>',
    );
  });
});
