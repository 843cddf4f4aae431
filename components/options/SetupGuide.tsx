import { useI18n } from '../app/I18nContext';

const STEPS = ['register', 'redirect', 'permission', 'mfa', 'appOnly'] as const;

/** What an administrator does once in Entra and Partner Center before staff can sign in. */
export function SetupGuide() {
  const { t } = useI18n();
  return (
    <section class="card setup-guide" aria-labelledby="setup-guide-title">
      <h2 id="setup-guide-title">{t('settings.guide.title')}</h2>
      <p>{t('settings.guide.intro')}</p>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(`settings.guide.${step}`)}</li>
        ))}
      </ol>
      <p class="muted">{t('auth.appOnly.statement')}</p>
    </section>
  );
}
