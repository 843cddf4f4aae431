import type { AccountControl } from '@/lib/platform/useAccount';
import { AccountBar } from '../app/AccountBar';
import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';
import { CustomerSearch } from './CustomerSearch';
import { CustomerStatusCard } from './CustomerStatusCard';
import './sidepanel.css';
import type { CustomerRecordView, CustomerStatus, FoundCustomers, Loadable, PanelActions } from './types';

interface Props {
  account: AccountControl;
  /** The customer shown: the one of the Partner Center page in the followed tab, or one picked in the search. */
  tenantId: string | null;
  status: Loadable<CustomerStatus>;
  record: CustomerRecordView | null;
  now: Date;
  actions: PanelActions;
  search(query: string): Promise<FoundCustomers>;
  openCustomer(tenantId: string): void;
  navigation: Navigation;
}

export function SidePanelApp({ account, tenantId, status, record, now, actions, search, openCustomer, navigation }: Props) {
  const { t } = useI18n();
  return (
    <main class="page sidepanel">
      <PageHeader title={t('ui.sidepanel.title')} />
      <AccountBar control={account} onOpenSettings={() => navigation.openPage('options')} />
      {tenantId ? (
        <CustomerStatusCard tenantId={tenantId} status={status} record={record} now={now} actions={actions} />
      ) : (
        <>
          <section class="card">
            <h2>{t('ui.sidepanel.noCustomer')}</h2>
            <p class="muted">{t('ui.sidepanel.noCustomerHint')}</p>
          </section>
          <CustomerSearch search={search} open={openCustomer} />
        </>
      )}
      <nav class="actions" aria-label={t('common.appName')}>
        <NavigationButtons navigation={navigation} pages={['dashboard', 'options']} />
      </nav>
    </main>
  );
}
