import { describe, expect, it } from 'vitest';
import { draftBulkInvitations } from '@/lib/email-draft/bulk';
import { MCA_ACCEPTANCE_URL } from '@/lib/email/invitations';

const NOW = new Date('2026-11-23T00:00:00Z');
const customer = (tenantId: string, companyName: string, country: string, language: string) => ({
  tenantId,
  companyName,
  country,
  language,
});
const A = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const B = '11111111-2222-4333-8444-555555555555';
const C = '22222222-2222-4333-8444-555555555555';
const D = '33333333-2222-4333-8444-555555555555';

describe('draftBulkInvitations', () => {
  const result = draftBulkInvitations(
    [
      customer(A, 'Société Éclair', 'FR', 'fr-FR'),
      customer(B, 'Contoso', 'US', 'en-US'),
      customer(C, '', 'DE', 'de-DE'),
      customer(D, 'Contoso', 'DE', ''),
    ],
    { partnerName: 'Adatum Cloud', emailSignature: 'Adatum Cloud\nsupport@adatum.example' },
    NOW,
  );

  it('drafts one email per named customer, each in its language', () => {
    expect(result.drafts.map((d) => [d.tenantId, d.locale])).toEqual([
      [A, 'fr'],
      [B, 'en'],
      [D, 'de'],
    ]);
    for (const draft of result.drafts) {
      expect(draft.eml).toContain('Content-Type: multipart/alternative');
      expect(draft.filename).toMatch(/\.eml$/);
    }
    expect(
      Buffer.from(result.drafts[0]!.eml.split('base64\r\n\r\n')[1]!.split('\r\n--')[0]!.replace(/\r\n/g, ''), 'base64').toString(
        'utf8',
      ),
    ).toContain(MCA_ACCEPTANCE_URL);
  });

  it('keeps files apart when two customers share a name, and lists who was left out', () => {
    expect(new Set(result.drafts.map((d) => d.filename)).size).toBe(3);
    expect(result.skipped).toEqual([{ tenantId: C, reason: 'no-company-name' }]);
    expect(result.missingPartnerName).toBe(false);
  });

  it('drafts nothing without the partner name that signs the emails', () => {
    expect(draftBulkInvitations([customer(A, 'Contoso', 'US', 'en')], {}, NOW)).toEqual({
      missingPartnerName: true,
      drafts: [],
      skipped: [],
    });
  });
});
