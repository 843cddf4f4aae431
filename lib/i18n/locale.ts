export const UI_LOCALES = ['en', 'fr'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type UiLanguagePreference = UiLocale | 'auto';

/** The UI language: the user's choice, else the first browser language we speak, else English. */
export function resolveUiLocale(preference: UiLanguagePreference, browserLanguages: readonly string[]): UiLocale {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = UI_LOCALES.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}
