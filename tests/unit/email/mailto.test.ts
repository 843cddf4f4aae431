import { describe, expect, it } from 'vitest';
import { buildBoundedMailto, buildMailto, MAILTO_MAX_LENGTH } from '@/lib/email/mailto';
import { EMAIL_TEXTS } from '@/lib/email/templates';
import { INVITATION_KINDS, INVITATION_LOCALES, renderInvitation, type RenderedInvitation } from '@/lib/email/invitations';
import { inputOf, NOW, PASSWORD, urlsIn } from './fixtures';

function parseMailto(mailto: string) {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(mailto);
  if (!match) throw new Error(`not a mailto URL of the expected form: ${mailto}`);
  const [, to = '', subject = '', body = ''] = match;
  return { to: decodeURIComponent(to), subject: decodeURIComponent(subject), body: decodeURIComponent(body), rawBody: body };
}

const withCrlf = (text: string) => text.replace(/\n/g, '\r\n');
const cases = INVITATION_KINDS.flatMap((kind) => INVITATION_LOCALES.map((locale) => [kind, locale] as const));

/** A shortened body ends with the note and keeps every link of the email; only the note alone may drop them. */
function expectWellFormed(rendered: RenderedInvitation, locale: (typeof INVITATION_LOCALES)[number]) {
  expect(rendered.mailto.length).toBeLessThan(MAILTO_MAX_LENGTH);
  const parsed = parseMailto(rendered.mailto);
  if (rendered.mailtoTruncated) {
    expect(parsed.body.endsWith(EMAIL_TEXTS[locale].common.mailtoShortened)).toBe(true);
    if (parsed.body !== EMAIL_TEXTS[locale].common.mailtoShortened) expect(urlsIn(parsed.body)).toEqual(urlsIn(rendered.text));
  } else {
    expect(parsed.subject).toBe(rendered.subject);
    expect(parsed.body).toBe(withCrlf(rendered.text));
  }
  expect(parsed.rawBody).not.toMatch(/(?<!%0D)%0A/);
  expect(rendered.mailto).not.toMatch(/[\s<>"]/);
  return parsed;
}

describe.each(cases)('mailto of %s in %s', (kind, locale) => {
  it('is a mailto: URL to the right person, under 2,000 characters, decoding to the email or to the paste request', () => {
    const rendered = renderInvitation(inputOf(kind, locale), { now: NOW });
    const parsed = expectWellFormed(rendered, locale);
    expect(parsed.to).toBe(kind === 'indirect-provider-request' ? 'mca@fabrikam.example' : 'zoe.lefevre@ab-ltd.example');
    expect(parsed.subject).toBe(rendered.subject);
  });

  it.each([
    ['Latin', 'Établissements Ü'.padEnd(256, 'é')],
    ['CJK', '株式会社'.repeat(64)],
    ['emoji', '🏢'.repeat(128)],
    ['reserved characters', '&?#=%+ '.repeat(36)],
  ])('stays under 2,000 characters with a 256-character %s company name', (_, companyName) => {
    const input = inputOf(kind, locale, { customer: { ...inputOf(kind).customer, companyName } });
    const rendered = renderInvitation(input, { now: NOW });
    const parsed = expectWellFormed(rendered, locale);
    expect(rendered.text).toContain(companyName.trim());
    expect(rendered.subject.startsWith(parsed.subject.replace(/…$/, ''))).toBe(true);
  });
});

describe('mailto round trip', () => {
  it('carries the whole email when it fits, CRLF line breaks, and says it is not truncated', () => {
    const input = inputOf('attestation-notice', 'en', {
      partner: { name: 'Contoso' },
      customer: { companyName: 'Fabrikam', email: 'it+mca@fabrikam.example' },
    });
    const rendered = renderInvitation(input, { now: NOW });
    expect(rendered.mailtoTruncated).toBe(false);
    const parsed = expectWellFormed(rendered, 'en');
    expect(parsed.to).toBe('it+mca@fabrikam.example');
    expect(rendered.mailto.startsWith('mailto:it%2Bmca@fabrikam.example?subject=')).toBe(true);
    expect(parsed.body).toBe(withCrlf(rendered.text));
    expect(rendered.mailto).toContain('%0D%0A%0D%0A');
  });

  it.each(INVITATION_LOCALES)(
    '%s: shortens a long email to greeting, requests, links and signature, flags it and asks, in the template language, to paste the full text',
    (locale) => {
      const rendered = renderInvitation(inputOf('new-customer', locale), { now: NOW });
      expect(rendered.mailtoTruncated).toBe(true);
      const { body } = parseMailto(rendered.mailto);
      const lines = rendered.text.split('\n');
      const greeting = lines[0] ?? '';
      const signature = rendered.text.slice(rendered.text.lastIndexOf('\n\n') + 2);
      expect(body.startsWith(`${greeting}\r\n`)).toBe(true);
      expect(urlsIn(body)).toEqual(urlsIn(rendered.text));
      for (const url of urlsIn(rendered.text)) expect(body).toContain(`${lines[lines.indexOf(url) - 1]}\r\n${url}`);
      expect(body).toContain(withCrlf(signature));
      expect(body.endsWith(`\r\n\r\n${EMAIL_TEXTS[locale].common.mailtoShortened}`)).toBe(true);
      expect(body).not.toContain(PASSWORD);
      expect(EMAIL_TEXTS[locale].common.mailtoShortened).toMatch(/(Ctrl|Strg)\+V/);
    },
  );
});

describe.each(cases)('the mailto of %s in %s with a 1,000-character signature', (kind, locale) => {
  it.each([
    ['words', 'Jean-Baptiste Martin, Directeur des opérations — '.repeat(25).slice(0, 1000)],
    [
      'lines',
      Array.from({ length: 100 }, (_, i) => `Line ${i} é`)
        .join('\n')
        .slice(0, 1000),
    ],
  ])('keeps every link of the email, under 2,000 characters (%s)', (_, signature) => {
    const input = inputOf(kind, locale, { partner: { ...inputOf(kind).partner, signature } });
    const rendered = renderInvitation(input, { now: NOW });
    expect(rendered.mailtoTruncated).toBe(true);
    expect(rendered.mailto.length).toBeLessThan(MAILTO_MAX_LENGTH);
    const { body } = parseMailto(rendered.mailto);
    expect(body.startsWith(`${rendered.text.split('\n')[0]}\r\n`)).toBe(true);
    expect(urlsIn(body)).toEqual(urlsIn(rendered.text));
    expect(body.endsWith(EMAIL_TEXTS[locale].common.mailtoShortened)).toBe(true);
  });
});

describe('buildMailto and buildBoundedMailto', () => {
  it('encodes every part and leaves the recipient empty when there is none', () => {
    expect(buildMailto({ subject: 'a&b=c?', body: 'x\ny\r\nz' })).toBe('mailto:?subject=a%26b%3Dc%3F&body=x%0D%0Ay%0D%0Az');
    expect(buildMailto({ recipient: 'a b@c.example', subject: '', body: '' })).toBe('mailto:a%20b@c.example?subject=&body=');
  });

  it('cuts the subject too when even the short body does not fit', () => {
    const subject = 'Ω'.repeat(1500);
    const { mailto, truncated } = buildBoundedMailto({ subject, body: 'body' }, ['shorter'], 'short');
    expect(truncated).toBe(true);
    expect(mailto.length).toBeLessThan(MAILTO_MAX_LENGTH);
    const decoded = parseMailto(mailto);
    expect(decoded.body).toBe('short');
    expect(decoded.subject.endsWith('…')).toBe(true);
    expect(subject.startsWith(decoded.subject.slice(0, -1))).toBe(true);
  });

  it('takes the first shorter body that fits, before the note alone', () => {
    const parts = { subject: 'S', body: 'x'.repeat(2000) };
    expect(parseMailto(buildBoundedMailto(parts, ['y'.repeat(1990), 'shorter', 'z'], 'note').mailto).body).toBe('shorter');
    expect(parseMailto(buildBoundedMailto(parts, ['y'.repeat(1990)], 'note').mailto).body).toBe('note');
  });

  it('never cuts a character in two', () => {
    const { mailto } = buildBoundedMailto({ subject: '🏢'.repeat(400), body: 'x'.repeat(3000) }, [], 'short');
    expect(() => decodeURIComponent(mailto)).not.toThrow();
    expect(parseMailto(mailto).subject).toMatch(/^(🏢)+…$/u);
  });
});
