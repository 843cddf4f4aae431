import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../components/app/mountPage';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { detectPage } from '../../lib/partner-center/pages';
import { partnerCenterOrigins } from '../../lib/platform/build';
import { followTab } from '../../lib/platform/followed-tab';
import { openExtensionPage } from '../../lib/platform/navigation';
import { settingsStore } from '../../lib/platform/settings';

const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || null;

function SidePanelPage() {
  const [tenantId, setTenantId] = useState<string | null>(null);
  useEffect(
    () => followTab(fixedTabId, (_tabId, url) => setTenantId((url && detectPage(url, { origins: partnerCenterOrigins(url) })?.customerId) || null)),
    [],
  );
  return <SidePanelApp tenantId={tenantId} navigation={{ openPage: (page) => void openExtensionPage(page) }} />;
}

mountPage(<SidePanelPage />, settingsStore);
