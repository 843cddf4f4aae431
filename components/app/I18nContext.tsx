import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { appTranslator, type AppTranslator } from '@/lib/i18n';

const I18nContext = createContext<AppTranslator>(appTranslator('en'));

export const I18nProvider = I18nContext.Provider;

export function useI18n(): AppTranslator {
  return useContext(I18nContext);
}
