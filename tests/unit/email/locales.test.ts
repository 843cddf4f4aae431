import { describe, expect, it } from 'vitest';
import { INVITATION_KINDS, INVITATION_LOCALES, pickInvitationLocale } from '@/lib/email/invitations';
import { EMAIL_TEXTS, fill, type EmailTexts } from '@/lib/email/templates';
import { catalogs } from '@/locales/catalog';

/** `section.key` → text; the email wording is two levels deep. */
function entriesOf(texts: EmailTexts): Map<string, string> {
  return new Map(
    Object.entries(texts).flatMap(([section, strings]) =>
      Object.entries(strings as Record<string, string>).map(([key, value]) => [`${section}.${key}`, value] as const),
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('email wording, locales/email/<lang>.json', () => {
  const english = entriesOf(EMAIL_TEXTS.en);

  it.each(INVITATION_LOCALES)('%s has exactly the English keys', (locale) => {
    expect([...entriesOf(EMAIL_TEXTS[locale]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  const entries = INVITATION_LOCALES.flatMap((locale) => [...english.keys()].map((key) => [locale, key] as const));
  it.each(entries)('%s %s: written, with the English placeholders, no stray braces or spaces', (locale, key) => {
    const text = entriesOf(EMAIL_TEXTS[locale]).get(key) ?? '';
    expect(text.trim()).not.toBe('');
    expect(text).toBe(text.trim());
    expect(placeholders(text)).toEqual(placeholders(english.get(key) ?? ''));
    expect(text.replace(/\{\{\s*\w+\s*\}\}/g, '')).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/ {2}|[\r\n\t]/);
  });

  it.each(INVITATION_LOCALES.filter((locale) => locale !== 'en'))('%s is translated, not copied from English', (locale) => {
    const texts = entriesOf(EMAIL_TEXTS[locale]);
    const copied = [...english].filter(
      ([key, value]) => texts.get(key) === value && !/^\{\{\w+\}\}[: ]*\{\{\w+\}\}$/.test(value),
    );
    expect(copied.map(([key]) => key)).toEqual(locale === 'de' ? ['indirectProviderRequest.resellerName'] : []);
  });

  it('French follows French typography: a non-breaking space before : ; ? ! and typographic apostrophes', () => {
    for (const text of entriesOf(EMAIL_TEXTS.fr).values()) {
      expect(text).not.toMatch(/[^\u00a0\u202f][:;?!](\s|$)/);
      expect(text).not.toMatch(/'/);
    }
  });
});

describe('fill', () => {
  it('replaces every placeholder, and refuses to leave one unfilled', () => {
    expect(fill('{{a}} and {{ b }} and {{a}}', { a: '1', b: '$&' })).toBe('1 and $& and 1');
    expect(() => fill('Hello {{name}}', {})).toThrow('{{name}}');
  });
});

describe('pickInvitationLocale', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_BE', 'fr'],
    ['FR', 'fr'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['nl-BE', 'nl'],
    ['es-MX', 'es'],
    ['it-CH', 'it'],
    ['en-GB', 'en'],
    [' es ', 'es'],
    ['ja-JP', 'en'],
    ['sr-Latn-RS', 'en'],
    ['zh-Hans-CN', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%j → %s', (tag, expected) => {
    expect(pickInvitationLocale(tag)).toBe(expected);
  });
});

describe('UI labels, the email namespace', () => {
  it.each(['en', 'fr'] as const)('%s names and describes every kind and every template language', (locale) => {
    const email = catalogs[locale].email;
    for (const kind of INVITATION_KINDS) {
      expect(email.kinds[kind].name.trim()).not.toBe('');
      expect(email.kinds[kind].description.trim()).not.toBe('');
    }
    expect(Object.keys(email.kinds).sort()).toEqual([...INVITATION_KINDS].sort());
    expect(Object.keys(email.languages).sort()).toEqual([...INVITATION_LOCALES].sort());
  });
});
