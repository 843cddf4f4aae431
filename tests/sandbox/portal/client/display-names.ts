// Country and language names in the UI's language; the code itself where Intl does not know it.

function displayName(type: 'region' | 'language', code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type, languageDisplay: 'standard' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryName = (code: string, uiLocale: string) => displayName('region', code.toUpperCase(), uiLocale);
export const languageName = (tag: string, uiLocale: string) => displayName('language', tag, uiLocale);
