import type { ComponentChildren } from 'preact';
import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';
import './dashboard.css';

interface Props {
  navigation: Navigation;
  account: ComponentChildren;
  /** Null once the records are read; the reason when they cannot be. */
  storageError: string | null;
  loading: boolean;
  children: ComponentChildren;
}

/** The dashboard's frame: header, account, then its sections (summary, audit, filters, table, records, history). */
export function DashboardApp({ navigation, account, storageError, loading, children }: Props) {
  const { t } = useI18n();
  return (
    <main class="page dashboard" aria-busy={loading}>
      <PageHeader title={t('dashboard.title')}>
        <NavigationButtons navigation={navigation} pages={['options']} />
      </PageHeader>
      {account}
      <p class="muted">{t('dashboard.intro')}</p>
      {storageError ? (
        <p role="alert" class="card error">
          {t('dashboard.storageError', { reason: storageError })}
        </p>
      ) : (
        children
      )}
    </main>
  );
}
