import { useEffect, useState } from 'preact/hooks';
import { UI_LOCALES, type UiLanguagePreference } from '../../lib/i18n';
import type { SettingsStore } from '../../lib/settings/store';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';

type SaveState = { state: 'idle' } | { state: 'saved' } | { state: 'failed'; reason: string };

export function OptionsApp({ settings }: { settings: SettingsStore }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<UiLanguagePreference | null>(null);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  useEffect(() => {
    void settings.load().then((loaded) => setLanguage(loaded.uiLanguage));
  }, [settings]);

  const choose = async (value: UiLanguagePreference) => {
    setLanguage(value);
    try {
      await settings.update({ uiLanguage: value });
      setSave({ state: 'saved' });
    } catch (error) {
      setSave({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main class="page options">
      <PageHeader title={t('ui.options.title')} />
      <section class="card">
        <label>
          {t('ui.options.language')}
          <span class="field-hint">{t('ui.options.languageHint')}</span>
          <select
            name="uiLanguage"
            value={language ?? 'auto'}
            disabled={language === null}
            onChange={(event) => void choose(event.currentTarget.value as UiLanguagePreference)}
          >
            {(['auto', ...UI_LOCALES] as const).map((value) => (
              <option key={value} value={value}>
                {t(`common.language.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <p class="status-line" role="status">
        {save.state === 'saved' ? t('ui.options.saved') : save.state === 'failed' ? t('ui.options.saveFailed', { reason: save.reason }) : ''}
      </p>
    </main>
  );
}
