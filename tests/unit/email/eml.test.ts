import { describe, expect, it } from 'vitest';
import { INVITATION_KINDS, InvitationInputError, renderInvitation, toEml } from '@/lib/email/invitations';
import { inputOf, NOW } from './fixtures';

interface ParsedPart {
  headers: Map<string, string>;
  body: string;
}

/** A small reader, independent of the writer: unfolds headers, splits the parts, decodes base64 with Buffer. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, (_, base64: string) => Buffer.from(base64, 'base64').toString('utf8'));
}

function parseEml(eml: string): { headers: Map<string, string>; parts: ParsedPart[] } {
  const split = eml.indexOf('\r\n\r\n');
  const headers = parseHeaders(eml.slice(0, split));
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw new Error('no boundary');
  const body = eml.slice(split + 4);
  expect(body.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
  const sections = body.split(`--${boundary}`);
  const parts = sections.slice(1, -1).map((section) => {
    const inner = section.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const end = inner.indexOf('\r\n\r\n');
    const partHeaders = parseHeaders(inner.slice(0, end));
    expect(partHeaders.get('content-transfer-encoding')).toBe('base64');
    return { headers: partHeaders, body: Buffer.from(inner.slice(end + 4).replace(/\r\n/g, ''), 'base64').toString('utf8') };
  });
  return { headers, parts };
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe.each(INVITATION_KINDS.flatMap((kind) => (['en', 'fr', 'de'] as const).map((locale) => [kind, locale] as const)))(
  '.eml of %s in %s',
  (kind, locale) => {
    const rendered = renderInvitation(inputOf(kind, locale), { now: NOW });
    const eml = toEml(rendered, {
      to: { name: 'Zoé Lefèvre', address: 'zoe@ab.example' },
      from: 'csp@contoso.example',
      date: NOW,
    });

    it('has CRLF line endings only, lines of at most 998 characters and headers of at most 78', () => {
      expect(eml).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
      const lines = eml.split('\r\n');
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(998);
      const headerLines = eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n');
      for (const line of headerLines) expect(line.length).toBeLessThanOrEqual(78);
      expect(eml).toMatch(/^[\x00-\x7f]*$/);
    });

    it('has the message headers, the subject decoding back to the rendered subject', () => {
      const { headers } = parseEml(eml);
      expect(headers.get('mime-version')).toBe('1.0');
      expect(headers.get('content-type')).toMatch(/^multipart\/alternative; boundary="[^"]+"$/);
      expect(headers.get('date')).toBe('Tue, 10 Mar 2026 12:00:00 +0000');
      expect(headers.get('from')).toBe('csp@contoso.example');
      expect(decodeEncodedWords(headers.get('to') ?? '')).toBe('Zoé Lefèvre <zoe@ab.example>');
      expect(headers.get('x-unsent')).toBe('1');
      expect(headers.get('subject')).toMatch(/^=\?UTF-8\?B\?/);
      expect(decodeEncodedWords(headers.get('subject') ?? '')).toBe(rendered.subject);
    });

    it('holds the text and then the HTML, both UTF-8, decoding back to the rendered email', () => {
      const { parts } = parseEml(eml);
      expect(parts.map((part) => part.headers.get('content-type'))).toEqual([
        'text/plain; charset=UTF-8',
        'text/html; charset=UTF-8',
      ]);
      expect(parts[0]?.body).toBe(crlf(rendered.text));
      expect(parts[1]?.body).toBe(crlf(rendered.html));
    });
  },
);

describe('toEml', () => {
  const content = { subject: 'MCA for Fabrikam', text: 'Hello\nWorld', html: '<p>Hello</p>' };

  it('writes a short ASCII subject as it is', () => {
    const eml = toEml(content, { date: NOW, boundary: 'b1' });
    expect(eml.startsWith('Subject: MCA for Fabrikam\r\nDate: ')).toBe(true);
    expect(eml).not.toMatch(/^(From|To):/m);
  });

  it.each([
    ['a long ASCII subject', 'Action required: accept the Microsoft Customer Agreement for Fabrikam International Holdings'],
    ['a subject that looks like an encoded-word', 'See =?UTF-8?B?QQ==?= here'],
    ['a subject with emoji and combining marks', '🏢 Société e\u0301 — 株式会社 '.repeat(6)],
  ])('encodes %s as folded encoded-words that decode back', (_, subject) => {
    const eml = toEml({ ...content, subject }, { date: NOW, boundary: 'b1' });
    const { headers } = parseEml(eml);
    expect(decodeEncodedWords(headers.get('subject') ?? '')).toBe(subject);
    for (const word of (headers.get('subject') ?? '').split(' ')) expect(word.length).toBeLessThanOrEqual(75);
  });

  it('quotes an ASCII display name and escapes its quotes', () => {
    const eml = toEml(content, {
      from: { name: 'Contoso "CSP" \\ Team', address: 'csp@contoso.example' },
      date: NOW,
      boundary: 'b1',
    });
    expect(eml).toContain('From: "Contoso \\"CSP\\" \\\\ Team" <csp@contoso.example>\r\n');
  });

  it('uses the given boundary, else a fresh random one that appears in no content', () => {
    expect(toEml(content, { boundary: 'fixed', date: NOW })).toContain('boundary="fixed"');
    const first = /boundary="([^"]+)"/.exec(toEml(content))?.[1];
    const second = /boundary="([^"]+)"/.exec(toEml(content))?.[1];
    expect(first).toMatch(/^=_mca_[0-9a-f]{24}$/);
    expect(first).not.toBe(second);
  });

  it('dates the message now by default', () => {
    const date = parseEml(toEml(content)).headers.get('date') ?? '';
    expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(5000);
  });

  it.each([
    ['a bad To address', { to: 'not an address' }, [['to', 'address'], 'email']],
    ['a To address with a header smuggled in', { to: 'a@b.example\r\nBcc: c@d.example' }, [['to', 'address'], 'email']],
    [
      'a From name on two lines',
      { from: { name: 'Contoso\r\nBcc: c@d.example', address: 'a@b.example' } },
      [['from', 'name'], 'singleLine'],
    ],
  ] as const)('refuses %s', (_, options, [path, name]) => {
    try {
      toEml(content, options);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(InvitationInputError);
      expect((error as InvitationInputError).issues).toEqual([{ path, messageKey: `email.errors.${name}` }]);
    }
  });
});
