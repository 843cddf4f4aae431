import { describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../../lib/i18n/translator';
import { resolveUiLocale } from '../../../lib/i18n/locale';

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
