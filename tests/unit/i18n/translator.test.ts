import { describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '@/lib/i18n/translator';
import { resolveUiLocale } from '@/lib/i18n/locale';

const catalogs = {
  en: { greet: { hello: 'Hello {{name}}' }, onlyEnglish: 'English only' },
  fr: { greet: { hello: 'Bonjour {{name}}' } },
};

const translator = (locale: 'en' | 'fr') => createTranslator(catalogs as never, locale) as unknown as Translator<string>;

describe('createTranslator', () => {
  it('interpolates parameters in the chosen language', () => {
    expect(translator('fr').t('greet.hello', { name: 'Zoé' })).toBe('Bonjour Zoé');
    expect(translator('en').render({ key: 'greet.hello', params: { name: 'Ann' } })).toBe('Hello Ann');
  });
  it('falls back to English, then to the key itself', () => {
    const t = translator('fr');
    expect(t.t('onlyEnglish')).toBe('English only');
    expect(t.t('missing.key')).toBe('missing.key');
  });
});

describe('dates in parameters', () => {
  const dated = { en: { on: 'On {{date}}' }, fr: { on: 'Le {{date}}' } };
  const t = (locale: 'en' | 'fr') => createTranslator(dated as never, locale) as unknown as Translator<string>;
  it.each([
    ['en', '2025-10-07T00:00:00Z', 'On October 7, 2025'],
    ['fr', '2025-10-07T00:00:00Z', 'Le 7 octobre 2025'],
    ['en', '2023-03-31T23:59:59', 'On March 31, 2023'],
    ['en', '2023-04-01T00:00:00+00:00', 'On April 1, 2023'],
    ['en', '2023-04-01T01:00:00+02:00', 'On March 31, 2023'],
    ['en', '2023-04-01T10:00', 'On April 1, 2023'],
    ['en', '2023-02-30T00:00:00', 'On 2023-02-30T00:00:00'],
    ['en', 'not a date', 'On not a date'],
  ] as const)('%s %s → %s', (locale, date, expected) => {
    expect(t(locale).t('on', { date })).toBe(expected);
  });
});

describe('resolveUiLocale', () => {
  it.each([
    ['auto', ['fr-FR', 'en-US'], 'fr'],
    ['auto', ['fr_CA'], 'fr'],
    ['auto', ['de-DE', 'fr-FR'], 'fr'],
    ['auto', ['de-DE', 'es'], 'en'],
    ['auto', [], 'en'],
    ['auto', ['EN-gb'], 'en'],
    ['en', ['fr-FR'], 'en'],
    ['fr', ['en-US'], 'fr'],
  ] as const)('%s with %j gives %s', (preference, languages, expected) => {
    expect(resolveUiLocale(preference, languages)).toBe(expected);
  });
});
