import { describe, expect, it } from 'vitest';
import { countryCodeOf, identityFromPage, languageTagOf } from '@/lib/status/page-identity';

describe("what a customer page shows, in the record's form", () => {
  it.each([
    ['France', 'FR'],
    ['United States', 'US'],
    ['États-Unis', 'US'],
    ['Etats-Unis', 'US'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['  canada ', 'CA'],
    ['fr', 'FR'],
    ['Atlantis', undefined],
    ['ZZ', undefined],
  ])('country %j → %s', (shown, code) => {
    expect(countryCodeOf(shown)).toBe(code);
  });

  it.each([
    ['French (France)', 'fr-FR'],
    ['français (France)', 'fr-FR'],
    ['Français', 'fr'],
    ['English (United States)', 'en-US'],
    ['anglais (États-Unis)', 'en-US'],
    ['German (Germany)', 'de-DE'],
    ['fr_fr', 'fr-FR'],
    ['Klingon', undefined],
  ])('language %j → %s', (shown, tag) => {
    expect(languageTagOf(shown)).toBe(tag);
  });

  it('keeps what it can read and leaves out the rest', () => {
    expect(
      identityFromPage({
        companyName: 'Société Générale',
        domain: 'SocGen.Example',
        countryRegion: 'France',
        language: 'Elvish',
      }),
    ).toEqual({
      companyName: 'Société Générale',
      domain: 'socgen.example',
      country: 'FR',
    });
    expect(identityFromPage({})).toEqual({});
  });
});
