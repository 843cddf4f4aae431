import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '@/components/app/mountPage';
import { PopupApp } from '@/components/popup/PopupApp';
import type { DraftContext } from '@/components/popup/types';
import { handleMessage } from '@/lib/messaging';
import { createPageNavigation, type Navigation } from '@/lib/platform/navigation';
import { settingsStore } from '@/lib/platform/settings';
import { loadDraftContext } from './draft-context';
import { draftOutputs } from './outputs';
import { thisExtension } from '@/lib/platform/this-extension';

function PopupPage({ navigation }: { navigation: Navigation }) {
  const [context, setContext] = useState<DraftContext | null>(null);
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    let customer: string | undefined;
    const load = () =>
      void loadDraftContext(query).then((loaded) => {
        customer = loaded.values['customer.tenantId'];
        setContext(loaded);
      });
    load();
    // New evidence of the customer (the Account page finished loading in its tab) may change its status and the kind to suggest.
    return handleMessage('statusChanged', thisExtension(), ({ tenantId }) => {
      if (tenantId === customer) load();
      return {};
    });
  }, []);
  return <PopupApp navigation={navigation} context={context} outputs={draftOutputs} />;
}

void createPageNavigation().then((navigation) => mountPage(<PopupPage navigation={navigation} />, settingsStore));
