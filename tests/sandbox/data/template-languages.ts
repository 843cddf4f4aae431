// Languages of the MCA template by country (docs/partner-center-api.md §6.3, 2023 revision). Every country offers en-US;
// codes are case-sensitive; China is absent.

const EXTRA_LANGUAGES: Record<string, string> = {
  'fr-FR': 'DZ CI CM CA FR GF LU MC MA RW ST SN CH TN',
  'de-DE': 'AT DE LI',
  'es-ES': 'AR BZ BO CL CO CR DO SV GT HN MX NI PA PY PE ES UY VE',
  'pt-PT': 'AO CV PT',
  'pt-BR': 'BR',
  'ar-SA': 'BH EG IQ JO KW LB LY MU OM QA AE YE',
  'ru-RU': 'BY KG RU UZ',
  'nl-NL': 'BE NL',
  'zh-HK': 'HK MO TW',
  'zh-SG': 'SG',
  'bg-BG': 'BG',
  'hr-HR': 'HR',
  'cs-CZ': 'CZ',
  'da-DK': 'DK',
  'et-EE': 'EE',
  'fi-FI': 'FI',
  'el-GR': 'GR',
  'hu-HU': 'HU',
  'hi-IN': 'IN',
  'id-ID': 'ID',
  'he-IL': 'IL',
  'it-IT': 'IT',
  'ja-JP': 'JP',
  'kk-KZ': 'KZ',
  'ko-KR': 'KR',
  'lv-LV': 'LV',
  'lt-LT': 'LT',
  'ms-MY': 'MY',
  'ro-RO': 'MD RO',
  'nb-NO': 'NO',
  'pl-PL': 'PL',
  'sr-Latn-RS': 'RS',
  'sk-SK': 'SK',
  'sl-SI': 'SI',
  'sv-SE': 'SE',
  'th-TH': 'TH',
  'tr-TR': 'TR',
  'uk-UA': 'UA',
  'vi-VN': 'VN',
};

export const DEFAULT_TEMPLATE_LANGUAGE = 'en-US';
export const DEFAULT_TEMPLATE_COUNTRY = 'US';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes Intl names that are not countries, and China, where the template is not offered.
const NOT_TEMPLATE_COUNTRIES = new Set(['CN', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** An upper-case ISO 3166-1 alpha-2 code the MCA template is offered in. */
export function isTemplateCountry(country: string): boolean {
  if (!/^[A-Z]{2}$/.test(country) || NOT_TEMPLATE_COUNTRIES.has(country)) return false;
  const name = regionNames.of(country);
  return name !== undefined && name !== country;
}

export function templateLanguages(country: string): string[] {
  const extra = Object.entries(EXTRA_LANGUAGES)
    .filter(([, countries]) => countries.split(' ').includes(country))
    .map(([language]) => language);
  return [DEFAULT_TEMPLATE_LANGUAGE, ...extra];
}

/** The language served for a request: the one asked for when the country offers it, else en-US (documented fallback). */
export function templateLanguageFor(country: string, language: string): string {
  return templateLanguages(country).includes(language) ? language : DEFAULT_TEMPLATE_LANGUAGE;
}

export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
