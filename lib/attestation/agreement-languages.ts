// Where and in which languages the Microsoft Customer Agreement is offered (docs/partner-center-api.md §6.3, 2023 revision):
// every country offers en-US, some one more language, China none. Codes are case-sensitive, as Partner Center reads them.
import extraLanguages from './agreement-languages.json';

export const DEFAULT_AGREEMENT_LANGUAGE = 'en-US';

// Intl names every ISO 3166-1 region; of the codes it names these are not countries, and CN is not offered the agreement.
const NOT_AGREEMENT_COUNTRIES = new Set(['CN', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `locale`, or undefined when the code names no region. */
export function countryName(country: string, locale = 'en'): string | undefined {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })));
  try {
    const name = names.of(country);
    return name && name !== country ? name : undefined;
  } catch {
    return undefined;
  }
}

/** An upper-case ISO 3166-1 alpha-2 code of a country where the agreement is offered. */
export function isAgreementCountry(country: string): boolean {
  return /^[A-Z]{2}$/.test(country) && !NOT_AGREEMENT_COUNTRIES.has(country) && countryName(country) !== undefined;
}

export function agreementLanguages(country: string): string[] {
  const extra = Object.entries(extraLanguages as Record<string, string>)
    .filter(([, countries]) => countries.split(' ').includes(country))
    .map(([language]) => language);
  return [DEFAULT_AGREEMENT_LANGUAGE, ...extra];
}

/** `fr-fr`, `fr_FR` → `fr-FR`; undefined for what is not a language tag. */
export function canonicalLanguage(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The agreement language to propose for a customer: its own when the country offers it, else one of the same language
 * (a `fr-CA` customer in Canada gets `fr-FR`), else en-US.
 */
export function preferredAgreementLanguage(country: string, customerLanguage: string | null | undefined): string {
  const offered = agreementLanguages(country);
  const wanted = canonicalLanguage(customerLanguage);
  if (!wanted) return DEFAULT_AGREEMENT_LANGUAGE;
  if (offered.includes(wanted)) return wanted;
  const base = wanted.split('-')[0];
  return offered.find((language) => language.split('-')[0] === base) ?? DEFAULT_AGREEMENT_LANGUAGE;
}
