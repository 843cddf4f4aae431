import { describe, expect, it } from 'vitest';
import {
  buildResellerRelationshipUrl,
  INVITATION_KINDS,
  INVITATION_LOCALES,
  MCA_ACCEPTANCE_URL,
  MCA_TEXT_URL,
  renderInvitation,
  type InvitationKind,
} from '@/lib/email/invitations';
import {
  ACCEPTANCE_URL,
  CUSTOMER_TENANT_ID,
  hrefsIn,
  HOSTILE_COMPANY,
  HOSTILE_COMPANY_HTML,
  inputOf,
  NOW,
  PARTNER_TENANT_ID,
  PASSWORD,
  PROVIDER_TENANT_ID,
  urlsIn,
} from './fixtures';

const DIRECT_RELATIONSHIP_URL = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;

const EXPECTED_LINKS: Record<InvitationKind, string[]> = {
  'accept-mca': [MCA_ACCEPTANCE_URL, MCA_TEXT_URL],
  'new-customer': [MCA_ACCEPTANCE_URL, MCA_TEXT_URL],
  'reseller-relationship': [DIRECT_RELATIONSHIP_URL, MCA_ACCEPTANCE_URL, MCA_TEXT_URL],
  'indirect-provider-request': [],
  'attestation-notice': [MCA_TEXT_URL],
  'acceptance-link': [ACCEPTANCE_URL, MCA_TEXT_URL],
};

const cases = INVITATION_KINDS.flatMap((kind) => INVITATION_LOCALES.map((locale) => [kind, locale] as const));

describe.each(cases)('%s in %s', (kind, locale) => {
  const rendered = renderInvitation(inputOf(kind, locale), { now: NOW });

  it('writes exactly the expected links, in full in the text and as <a href> in the HTML', () => {
    expect(urlsIn(rendered.text)).toEqual(EXPECTED_LINKS[kind]);
    expect(hrefsIn(rendered.html)).toEqual(EXPECTED_LINKS[kind]);
    for (const url of EXPECTED_LINKS[kind]) {
      expect(rendered.text.split('\n')).toContain(url);
      expect(rendered.html).toContain(`<a href="${url.replace(/&/g, '&amp;')}"`);
    }
  });

  it('names the customer and the partner, and signs with the signature lines', () => {
    expect(rendered.text).toContain(HOSTILE_COMPANY);
    expect(rendered.text).toContain('Contoso Cloud & Co');
    expect(rendered.text).toMatch(/\nJean Martin\nCustomer success, Contoso Cloud & Co\n\+33 1 23 45 67 89$/);
    expect(rendered.html).toContain('Jean Martin<br>Customer success, Contoso Cloud &amp; Co<br>+33 1 23 45 67 89');
  });

  it('escapes every value in the HTML', () => {
    expect(rendered.html).toContain(HOSTILE_COMPANY_HTML);
    expect(rendered.html).not.toContain('<Ltd>');
    expect(rendered.html).not.toContain(`"Q"`);
    expect(rendered.html).not.toContain('Cloud & Co');
    expect(rendered.html).toContain('Cloud &amp; Co');
  });

  it('is self-contained HTML: no script, no external resource, no event handler', () => {
    expect(rendered.html).toMatch(/^<!DOCTYPE html>\n<html lang="[a-z]{2}">/);
    expect(rendered.html).toContain(`<html lang="${locale}">`);
    expect(rendered.html).toContain('<meta charset="utf-8">');
    expect(rendered.html).not.toMatch(/<script|<img|<link|<iframe|<style|\ssrc=|url\(|\son[a-z]+=/i);
  });

  it('writes the HTML and the text from the same words', () => {
    const htmlText = rendered.html
      .replace(/<title>.*<\/title>/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    for (const line of rendered.text.split('\n').filter((line) => line !== '')) {
      const words = line.replace(/^\d+\. /, '').split(/(?<=\S)\u00a0?: /);
      for (const word of words) expect(htmlText).toContain(word);
    }
  });

  it('has a subject in the template language, without line breaks', () => {
    expect(rendered.subject.trim()).not.toBe('');
    expect(rendered.subject).not.toMatch(/[\r\n]/);
    if (locale !== 'en') expect(rendered.subject).not.toBe(renderInvitation(inputOf(kind, 'en'), { now: NOW }).subject);
  });

  it('greets the contact by name', () => {
    const greeted = kind === 'indirect-provider-request' ? 'Fabrikam Distribution' : 'Zoé Lefèvre';
    expect(rendered.text.split('\n')[0]).toContain(greeted);
  });
});

describe('new-customer', () => {
  it.each(INVITATION_LOCALES)('%s: puts the user name and the exact temporary password in the text and the HTML', (locale) => {
    const rendered = renderInvitation(inputOf('new-customer', locale), { now: NOW });
    expect(rendered.text).toContain('admin@abltd.onmicrosoft.com');
    expect(rendered.text).toContain(PASSWORD);
    expect(rendered.html).toContain('Tmp!9 Qx#7&amp;&lt;z&gt;');
    expect(rendered.html).not.toContain(PASSWORD);
  });

  it('keeps no trace of a password between renderings', () => {
    const first = renderInvitation(
      inputOf('new-customer', 'en', { credentials: { userName: 'a@b.example', temporaryPassword: 'First#Pass1' } }),
      { now: NOW },
    );
    const second = renderInvitation(
      inputOf('new-customer', 'en', { credentials: { userName: 'a@b.example', temporaryPassword: 'Second#Pass2' } }),
      { now: NOW },
    );
    expect(first.text).toContain('First#Pass1');
    expect(JSON.stringify(second)).not.toContain('First#Pass1');
  });
});

describe('reseller-relationship', () => {
  it('uses the link from Partner Center as given, before any built one', () => {
    const relationshipUrl =
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=11111111-1111-1111-1111-111111111111&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
    const rendered = renderInvitation(inputOf('reseller-relationship', 'en', { relationshipUrl }), { now: NOW });
    expect(urlsIn(rendered.text)).toEqual([relationshipUrl, MCA_ACCEPTANCE_URL, MCA_TEXT_URL]);
    expect(hrefsIn(rendered.html)[0]).toBe(relationshipUrl);
  });

  it('builds the link from the partner tenant id when there is no relationship link', () => {
    const rendered = renderInvitation(inputOf('reseller-relationship', 'fr'), { now: NOW });
    expect(urlsIn(rendered.text)[0]).toBe(buildResellerRelationshipUrl({ partnerTenantId: PARTNER_TENANT_ID }));
  });

  it.each(INVITATION_LOCALES)(
    '%s: for an indirect reseller, uses the indirect form and says an indirect provider is involved',
    (locale) => {
      const direct = renderInvitation(inputOf('reseller-relationship', locale), { now: NOW });
      const indirect = renderInvitation(
        inputOf('reseller-relationship', locale, { indirectProviderTenantId: PROVIDER_TENANT_ID, resellerMpnId: '1234567' }),
        { now: NOW },
      );
      expect(urlsIn(indirect.text)[0]).toBe(
        `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=1234567&indirectCSPId=${PROVIDER_TENANT_ID}&DAP=false#/BillingAccounts/partner-invitation`,
      );
      const extra = indirect.text.split('\n\n').filter((paragraph) => !direct.text.split('\n\n').includes(paragraph));
      expect(extra.length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each([
    ['en', 'Global administrator'],
    ['fr', 'Administrateur général'],
    ['de', 'Globaler Administrator'],
    ['es', 'Administrador global'],
    ['it', 'Amministratore globale'],
    ['nl', 'Globale beheerder'],
    ['pt', 'Administrador global'],
  ] as const)('%s: says a Global admin must accept', (locale, role) => {
    expect(renderInvitation(inputOf('reseller-relationship', locale), { now: NOW }).text).toContain(role);
  });
});

describe('indirect-provider-request', () => {
  it.each([
    ['en', 'February 15, 2026', 'January 5, 2026'],
    ['fr', '15 février 2026', '5 janvier 2026'],
    ['de', '15. Februar 2026', '5. Januar 2026'],
    ['es', '15 de febrero de 2026', '5 de enero de 2026'],
    ['it', '15 febbraio 2026', '5 gennaio 2026'],
    ['nl', '15 februari 2026', '5 januari 2026'],
    ['pt', '15 de fevereiro de 2026', '5 de janeiro de 2026'],
  ] as const)('%s: gives every detail the provider needs, dates in the template language', (locale, dateAgreed, apiOnlySince) => {
    const rendered = renderInvitation(inputOf('indirect-provider-request', locale), { now: NOW });
    for (const value of [
      'Zoé',
      'Lefèvre',
      'zoe.lefevre@ab-ltd.example',
      '+33 6 12 34 56 78',
      HOSTILE_COMPANY,
      CUSTOMER_TENANT_ID,
      PARTNER_TENANT_ID,
      '6543210',
    ]) {
      expect(rendered.text).toContain(value);
    }
    expect(rendered.text).toContain(`${dateAgreed} (2026-02-15)`);
    expect(rendered.text).toContain(apiOnlySince);
    expect(rendered.text).toContain('API');
  });

  it('leaves out the phone and the provider name when not given', () => {
    const input = inputOf('indirect-provider-request', 'en', {
      signer: { firstName: 'Zoé', lastName: 'Lefèvre', email: 'zoe@ab.example', dateAgreed: '2026-02-15' },
      indirectProvider: undefined,
    });
    const rendered = renderInvitation(input, { now: NOW });
    expect(rendered.text).not.toMatch(/^Phone/m);
    expect(rendered.text.startsWith('Hello,\n')).toBe(true);
    expect(rendered.mailto.startsWith('mailto:?')).toBe(true);
  });
});

describe('attestation-notice', () => {
  it.each([
    ['en', '30 minutes'],
    ['fr', '30 minutes'],
    ['de', '30 Minuten'],
    ['es', '30 minutos'],
    ['it', '30 minuti'],
    ['nl', '30 minuten'],
    ['pt', '30 minutos'],
  ] as const)('%s: announces Microsoft’s email within about %s and says whom to ask', (locale, delay) => {
    const rendered = renderInvitation(inputOf('attestation-notice', locale), { now: NOW });
    expect(rendered.text).toContain(delay);
    expect(rendered.text).toContain('csp@contoso.example');
  });
});

describe('optional parts', () => {
  it('greets generically, signs with the partner name and invites a reply when contact, signature and email are absent', () => {
    const input = inputOf('accept-mca', 'en', {
      customer: { companyName: 'Fabrikam' },
      partner: { name: 'Contoso', tenantId: '', signature: '  ', email: '' },
    });
    const rendered = renderInvitation(input, { now: NOW });
    expect(rendered.text.startsWith('Hello,\n')).toBe(true);
    expect(rendered.text.endsWith('\n\nIf you have any questions, simply reply to this email.\n\nKind regards,\nContoso')).toBe(
      true,
    );
    expect(rendered.mailto.startsWith('mailto:?subject=')).toBe(true);
  });

  it('trims values before writing them', () => {
    const rendered = renderInvitation(
      inputOf('accept-mca', 'en', { customer: { companyName: '  Fabrikam  ', contactName: ' Ann ' } }),
      { now: NOW },
    );
    expect(rendered.subject.endsWith('for Fabrikam')).toBe(true);
    expect(rendered.text.startsWith('Dear Ann,\n')).toBe(true);
  });
});
