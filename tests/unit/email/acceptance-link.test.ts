import { describe, expect, it } from 'vitest';
import {
  createInvitationInputSchema,
  InvitationInputError,
  renderInvitation,
  type InvitationInput,
  type InvitationLocale,
} from '@/lib/email/invitations';
import { ACCEPTANCE_URL, hrefsIn, inputOf, NOW } from './fixtures';

type Overrides = { country?: string; expiresAt?: string; url?: string; signer?: Record<string, unknown> };

function acceptanceInput(locale: InvitationLocale, { country, expiresAt, url, signer }: Overrides = {}): InvitationInput {
  const base = inputOf('acceptance-link', locale) as Extract<InvitationInput, { kind: 'acceptance-link' }>;
  return {
    ...base,
    customer: { ...base.customer, ...(country !== undefined && { country }) },
    signer: { ...base.signer, ...signer },
    acceptance: { url: url ?? base.acceptance.url, expiresAt: expiresAt ?? base.acceptance.expiresAt },
  };
}

const render = (locale: InvitationLocale, overrides?: Overrides) =>
  renderInvitation(acceptanceInput(locale, overrides), { now: NOW });

function issuesOf(overrides: Overrides): string[] {
  try {
    render('en', overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(InvitationInputError);
    return (error as InvitationInputError).issues.map((issue) => `${issue.path.join('.')}: ${issue.messageKey}`);
  }
  throw new Error('expected an InvitationInputError');
}

describe('acceptance-link: the expiry of the link, in the signer’s language and the customer’s clock', () => {
  // 29 March 2026 is the night Europe moves to summer time (UTC+1 → UTC+2); the US, with several zones, gets UTC.
  it.each([
    ['fr', 'FR', '2026-03-28T17:00:00Z', 'jusqu’au 28 mars 2026 à 18:00 (heure d’Europe centrale)'],
    ['fr', 'FR', '2026-03-30T17:00:00Z', 'jusqu’au 30 mars 2026 à 19:00 (heure d’Europe centrale)'],
    ['de', 'de', '2026-03-30T17:00:00Z', 'bis 30. März 2026 um 19:00 (Mitteleuropäische Zeit)'],
    ['en', 'GB', '2026-03-28T17:00:00Z', 'until March 28, 2026 at 5:00 PM (United Kingdom Time)'],
    ['en', 'GB', '2026-03-30T17:00:00Z', 'until March 30, 2026 at 6:00 PM (United Kingdom Time)'],
    ['en', 'IN', '2026-03-30T17:00:00Z', 'until March 30, 2026 at 10:30 PM (India Standard Time)'],
    ['es', 'ES', '2026-03-30T17:00:00Z', 'hasta el 30 de marzo de 2026 a las 17:00 (UTC)'],
    ['en', 'US', '2026-03-30T17:00:00Z', 'until March 30, 2026 at 5:00 PM (UTC)'],
    ['pt', 'BR', '2026-03-30T17:00:00Z', 'até 30 de março de 2026 às 17:00 (UTC)'],
    ['it', 'XX', '2026-03-30T17:00:00Z', 'fino al 30 marzo 2026 alle ore 17:00 (UTC)'],
    ['nl', undefined, '2026-03-30T17:00:00Z', 'tot 30 maart 2026 om 17:00 (UTC)'],
    ['nl', 'NL', '2026-03-30T16:00:00+01:00', 'tot 30 maart 2026 om 17:00 (Midden-Europese tijd)'],
  ] as const)('%s, country %s, link until %s: “%s”', (locale, country, expiresAt, expected) => {
    const rendered = render(locale, { country, expiresAt });
    expect(rendered.text.replace(/\u202f/g, ' ')).toContain(expected);
    expect(rendered.html.replace(/\u202f/g, ' ')).toContain(expected);
  });
});

describe.each(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const)('acceptance-link in %s', (locale) => {
  const rendered = render(locale);

  it('is addressed to the signer, by name, with the link under the sentence that asks to open it', () => {
    expect(decodeURIComponent(rendered.mailto.slice('mailto:'.length, rendered.mailto.indexOf('?')))).toBe(
      'zoe.lefevre@ab-ltd.example',
    );
    const lines = rendered.text.split('\n');
    expect(lines[0]).toContain('Zoé Lefèvre');
    expect(lines[lines.indexOf(ACCEPTANCE_URL) - 1]).toMatch(/[:：]$/);
    expect(hrefsIn(rendered.html)[0]).toBe(ACCEPTANCE_URL);
    expect(rendered.html).toContain(ACCEPTANCE_URL.replace(/&/g, '&amp;'));
  });

  it('says who asked and that the partner completes the agreement afterwards', () => {
    const paragraphs = rendered.text.split('\n\n');
    expect(paragraphs[1]).toContain('Contoso Cloud & Co');
    const after = paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.includes(ACCEPTANCE_URL)) + 1);
    expect(after.some((paragraph) => paragraph.includes('Contoso Cloud & Co'))).toBe(true);
  });

  it('differs from the English email', () => {
    if (locale !== 'en') expect(rendered.text).not.toBe(render('en').text);
  });
});

describe('acceptance-link: what it refuses, with a typed error naming the field', () => {
  it.each([
    ['an http link', 'http://mca.microsoft.com/accept?id=1'],
    ['a look-alike host', 'https://mca.microsoft.com.evil.example/accept'],
    ['a host ending like Microsoft', 'https://evilmicrosoft.com/accept'],
    ['credentials before the host', 'https://mca.microsoft.com@evil.example/accept'],
    ['another port', 'https://mca.microsoft.com:8443/accept'],
    ['a script', 'javascript:alert(1)'],
    ['no link', ''],
  ])('%s', (_, url) => {
    expect(issuesOf({ url })).toEqual(['acceptance.url: email.errors.acceptanceLink']);
  });

  it('the loopback sandbox’s link only in the sandbox build', () => {
    const input = acceptanceInput('en', { url: 'http://127.0.0.1:4010/_sandbox/accept/1' });
    expect(createInvitationInputSchema(() => NOW, 'sandbox').safeParse(input).success).toBe(true);
    const store = createInvitationInputSchema(() => NOW, 'store').safeParse(input);
    expect(store.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['acceptance.url', 'email.errors.acceptanceLink'],
    ]);
  });

  it.each([
    ['a day without a time', '2026-03-30', 'email.errors.instant'],
    ['a time without a zone', '2026-03-30T17:00:00', 'email.errors.instant'],
    ['words', 'next Monday', 'email.errors.instant'],
    ['a link already expired', '2026-03-10T11:59:59Z', 'email.errors.linkExpired'],
  ])('an expiry that is %s', (_, expiresAt, key) => {
    expect(issuesOf({ expiresAt })).toEqual([`acceptance.expiresAt: ${key}`]);
  });

  it('a country that is not a two-letter code', () => {
    expect(issuesOf({ country: 'France' })).toEqual(['customer.country: email.errors.country']);
  });

  it('a signer without an address, or whose name breaks the line', () => {
    expect(issuesOf({ signer: { email: 'zoe@' } })).toEqual(['signer.email: email.errors.email']);
    expect(issuesOf({ signer: { lastName: 'Lefèvre\nBcc: all@example.com' } })).toEqual([
      'signer.lastName: email.errors.singleLine',
    ]);
  });
});

describe('acceptance-link: hostile names', () => {
  it('escapes the signer’s name in the HTML and keeps it as typed in the text', () => {
    const rendered = render('en', { signer: { firstName: '<script>x</script>', lastName: `O'Brien & "Sons"` } });
    expect(rendered.text.split('\n')[0]).toBe(`Dear <script>x</script> O'Brien & "Sons",`);
    expect(rendered.html).toContain('Dear &lt;script&gt;x&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot;,');
    expect(rendered.html).not.toContain('<script');
  });
});
