import { describe, expect, it } from 'vitest';
import { INVITATION_KINDS, MCA_ACCEPTANCE_URL } from '@/lib/email/invitations';
import { renderDraft } from '@/lib/email-draft/render';
import { NOW, VALID_VALUES } from './fixtures';

describe('renderDraft', () => {
  it.each(INVITATION_KINDS)('%s: a complete form gives the email', (kind) => {
    const result = renderDraft(kind, 'en', VALID_VALUES[kind], NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.email.subject).not.toBe('');
  });

  it('writes the admin center link into an accept-mca email', () => {
    const result = renderDraft('accept-mca', 'de', VALID_VALUES['accept-mca'], NOW);
    expect(result.ok && result.email.text).toContain(MCA_ACCEPTANCE_URL);
  });

  it.each([
    ['accept-mca', { 'customer.companyName': ' ' }, [['customer.companyName', 'email.errors.required']]],
    ['accept-mca', { 'customer.email': 'not-an-address' }, [['customer.email', 'email.errors.email']]],
    ['new-customer', { 'credentials.temporaryPassword': '   ' }, [['credentials.temporaryPassword', 'email.errors.required']]],
    ['reseller-relationship', { 'partner.tenantId': '' }, [['partner.tenantId', 'email.errors.partnerTenantIdOrUrl']]],
    ['indirect-provider-request', { 'signer.dateAgreed': '2026-03-11' }, [['signer.dateAgreed', 'email.errors.dateInFuture']]],
    ['indirect-provider-request', { 'customer.tenantId': '' }, [['customer.tenantId', 'email.errors.guid']]],
  ] as const)('%s with %j → %j', (kind, change, expected) => {
    const result = renderDraft(kind, 'en', { ...VALID_VALUES[kind], ...change }, NOW);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path.join('.'), issue.messageKey])).toEqual(expected);
  });
});
