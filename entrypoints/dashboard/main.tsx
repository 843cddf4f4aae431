import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../components/app/mountPage';
import { DashboardApp, type CustomerCount } from '../../components/dashboard/DashboardApp';
import { openRecordsDb } from '../../lib/records/db';
import { createPageNavigation, type Navigation } from '../../lib/platform/navigation';
import { settingsStore } from '../../lib/platform/settings';

function DashboardPage({ navigation }: { navigation: Navigation }) {
  const [customers, setCustomers] = useState<CustomerCount>({ state: 'loading' });
  useEffect(() => {
    openRecordsDb()
      .then((db) => db.count('customers'))
      .then((count) => setCustomers({ state: 'ready', count }))
      .catch((error: unknown) => setCustomers({ state: 'error', reason: error instanceof Error ? error.message : String(error) }));
  }, []);
  return <DashboardApp customers={customers} navigation={navigation} />;
}

void createPageNavigation().then((navigation) => mountPage(<DashboardPage navigation={navigation} />, settingsStore));
