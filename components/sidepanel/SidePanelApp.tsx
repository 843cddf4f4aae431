import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';

interface Props {
  /** The customer of the Partner Center page in the followed tab, if any. */
  tenantId: string | null;
  navigation: Navigation;
}

export function SidePanelApp({ tenantId, navigation }: Props) {
  const { t } = useI18n();
  return (
    <main class="page sidepanel">
      <PageHeader title={t('ui.sidepanel.title')} />
      {tenantId ? (
        <section class="card" aria-live="polite">
          <h2>{t('ui.sidepanel.customer', { tenantId })}</h2>
        </section>
      ) : (
        <section class="card" aria-live="polite">
          <h2>{t('ui.sidepanel.noCustomer')}</h2>
          <p class="muted">{t('ui.sidepanel.noCustomerHint')}</p>
        </section>
      )}
      <nav class="actions" aria-label={t('common.appName')}>
        <NavigationButtons navigation={navigation} pages={['dashboard', 'options']} />
      </nav>
    </main>
  );
}
