import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';

export type CustomerCount = { state: 'loading' } | { state: 'ready'; count: number } | { state: 'error'; reason: string };

export function DashboardApp({ customers, navigation }: { customers: CustomerCount; navigation: Navigation }) {
  const { t } = useI18n();
  return (
    <main class="page dashboard">
      <PageHeader title={t('ui.dashboard.title')}>
        <NavigationButtons navigation={navigation} pages={['options']} />
      </PageHeader>
      <p class="muted">{t('ui.dashboard.intro')}</p>
      <section class="card" aria-live="polite" aria-busy={customers.state === 'loading'}>
        {customers.state === 'error' ? (
          <p role="alert">{t('ui.dashboard.storageError', { reason: customers.reason })}</p>
        ) : customers.state === 'ready' ? (
          <>
            <h2 data-testid="customer-count">{t('ui.dashboard.recorded', { count: customers.count })}</h2>
            {customers.count === 0 ? <p class="muted">{t('ui.dashboard.empty')}</p> : null}
          </>
        ) : null}
      </section>
    </main>
  );
}
