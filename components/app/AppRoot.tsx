import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { appTranslator, resolveUiLocale, type AppTranslator } from '@/lib/i18n';
import type { SettingsStore } from '@/lib/settings/store';
import { I18nProvider } from './I18nContext';

interface Props {
  settings: SettingsStore;
  browserLanguages: readonly string[];
  children: ComponentChildren;
}

/** Every extension page's root: picks the UI language (setting, else browser) and follows changes made in the options. */
export function AppRoot({ settings, browserLanguages, children }: Props) {
  const [translator, setTranslator] = useState<AppTranslator | null>(null);

  useEffect(() => {
    const apply = (preference: Parameters<typeof resolveUiLocale>[0]) => {
      const locale = resolveUiLocale(preference, browserLanguages);
      const translator = appTranslator(locale);
      document.documentElement.lang = locale;
      document.title = translator.t('common.appName');
      setTranslator(translator);
    };
    void settings.load().then((loaded) => apply(loaded.uiLanguage));
    return settings.watch((changed) => apply(changed.uiLanguage));
  }, [settings, browserLanguages]);

  if (!translator) return null;
  return <I18nProvider value={translator}>{children}</I18nProvider>;
}
