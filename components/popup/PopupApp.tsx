import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';

export function PopupApp({ navigation }: { navigation: Navigation }) {
  const { t } = useI18n();
  return (
    <main class="page popup">
      <PageHeader title={t('ui.popup.title')} />
      <p>{t('ui.popup.intro')}</p>
      <nav class="actions" aria-label={t('common.appName')}>
        <NavigationButtons navigation={navigation} pages={['dashboard', 'options']} />
      </nav>
    </main>
  );
}
