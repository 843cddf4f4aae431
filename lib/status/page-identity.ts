// What a customer page says of the customer, turned into the record's form: a country name ("France", "États-Unis") into its
// ISO code, a language name ("French (France)", "français") into its tag. A name neither English nor French Intl names is left out.
import { canonicalLanguage, countryName } from '../attestation/agreement-languages';
import extraLanguages from '../attestation/agreement-languages.json';
import type { IdentityValues } from '../records/customer-identity';
import type { PageIdentity } from '../partner-center/customer-identity-dom';

const PAGE_LANGUAGES = ['en', 'fr'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Retired or grouping codes that Intl still names ("DD" is named Germany).
const NOT_COUNTRIES = new Set([
  'BU',
  'CS',
  'DD',
  'EU',
  'EZ',
  'FX',
  'NT',
  'QO',
  'SU',
  'TP',
  'UN',
  'XA',
  'XB',
  'YD',
  'YU',
  'ZR',
  'ZZ',
]);
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

function countryCodes(): Map<string, string> {
  if (countries) return countries;
  countries = new Map();
  for (const first of LETTERS)
    for (const second of LETTERS)
      for (const locale of PAGE_LANGUAGES) {
        if (NOT_COUNTRIES.has(first + second)) continue;
        const name = countryName(first + second, locale);
        if (name && !countries.has(fold(name))) countries.set(fold(name), first + second);
      }
  return countries;
}

function languageTags(): Map<string, string> {
  if (languages) return languages;
  languages = new Map();
  const tags = ['en-US', 'en-GB', 'fr-CA', 'fr-BE', 'fr-CH', 'de-CH', ...Object.keys(extraLanguages)];
  for (const locale of PAGE_LANGUAGES) {
    const names = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard', fallback: 'none' });
    for (const tag of tags) {
      const full = names.of(tag);
      const base = names.of(tag.split('-')[0] ?? tag);
      if (full && !languages.has(fold(full))) languages.set(fold(full), tag);
      if (base && !languages.has(fold(base))) languages.set(fold(base), tag.split('-')[0] ?? tag);
    }
  }
  return languages;
}

export function countryCodeOf(shown: string): string | undefined {
  const text = shown.trim();
  const code = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return !NOT_COUNTRIES.has(code) && countryName(code) ? code : undefined;
  return countryCodes().get(fold(text));
}

export function languageTagOf(shown: string): string | undefined {
  const text = shown.trim();
  if (LANGUAGE_TAG.test(text)) return canonicalLanguage(text);
  return languageTags().get(fold(text));
}

export function identityFromPage(page: PageIdentity): IdentityValues {
  const country = page.countryRegion && countryCodeOf(page.countryRegion);
  const language = page.language && languageTagOf(page.language);
  return {
    ...(page.companyName && { companyName: page.companyName }),
    ...(page.domain && { domain: page.domain.toLowerCase() }),
    ...(country && { country }),
    ...(language && { language }),
  };
}
