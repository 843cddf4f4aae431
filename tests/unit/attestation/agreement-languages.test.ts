import { describe, expect, it } from 'vitest';
import {
  agreementLanguages,
  canonicalLanguage,
  countryName,
  isAgreementCountry,
  preferredAgreementLanguage,
} from '@/lib/attestation/agreement-languages';

describe('where and in which languages the agreement is offered', () => {
  it.each([
    ['FR', ['en-US', 'fr-FR']],
    ['CA', ['en-US', 'fr-FR']],
    ['BE', ['en-US', 'nl-NL']],
    ['CH', ['en-US', 'fr-FR']],
    ['RS', ['en-US', 'sr-Latn-RS']],
    ['GB', ['en-US']],
  ])('%s offers %j', (country, languages) => {
    expect(agreementLanguages(country)).toEqual(languages);
  });

  it.each([
    ['FR', true],
    ['US', true],
    ['CN', false],
    ['EU', false],
    ['fr', false],
    ['XX', false],
    ['', false],
  ])('%s is a country the agreement is offered in: %s', (country, offered) => {
    expect(isAgreementCountry(country)).toBe(offered);
  });

  it('names countries in the reader language', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('XX', 'en')).toBeUndefined();
  });
});

describe('the language proposed for a customer', () => {
  it.each([
    ['fr-fr', 'fr-FR'],
    ['pt_br', 'pt-BR'],
    ['sr-latn-rs', 'sr-Latn-RS'],
    ['', undefined],
    ['not a tag!', undefined],
  ])('canonical form of %j is %j', (tag, canonical) => {
    expect(canonicalLanguage(tag)).toBe(canonical);
  });

  it.each([
    ['FR', 'fr-fr', 'fr-FR'],
    ['CA', 'fr-CA', 'fr-FR'],
    ['BE', 'fr-BE', 'en-US'],
    ['BE', 'nl-BE', 'nl-NL'],
    ['DE', 'de', 'de-DE'],
    ['GB', 'en-GB', 'en-US'],
    ['FR', undefined, 'en-US'],
  ])('in %s, a customer speaking %j is offered %s', (country, language, expected) => {
    expect(preferredAgreementLanguage(country, language)).toBe(expected);
  });
});
