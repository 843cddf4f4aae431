import { useEffect, useRef, useState } from 'preact/hooks';
import { mountPage } from '@/components/app/mountPage';
import { AttestationSection } from '@/components/attestation/AttestationSection';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import type { CustomerRecordView, CustomerStatus, Loadable } from '@/components/sidepanel/types';
import { handleMessage, sendMessage } from '@/lib/messaging';
import { parsePanelQuery } from '@/lib/attestation/panel-query';
import { attestationApi } from '@/lib/platform/attestation-api';
import { detectPage } from '@/lib/partner-center/pages';
import { partnerCenterOrigins } from '@/lib/config/build';
import { followTab } from '@/lib/platform/followed-tab';
import { openExtensionPage } from '@/lib/platform/navigation';
import { settingsStore } from '@/lib/platform/settings';
import { useAccount } from '@/lib/platform/useAccount';
import { thisExtension } from '@/lib/platform/this-extension';

const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || null;
// Opened on a customer (by the dashboard or a notification): that customer rather than the tab's.
const asked = parsePanelQuery(location.search);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function SidePanelPage() {
  const [tabTenant, setTabTenant] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(asked.customer ?? null);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<Loadable<CustomerStatus>>({ state: 'loading' });
  const [record, setRecord] = useState<CustomerRecordView | null>(null);
  const tenantId = tabTenant ?? picked;
  const shown = useRef(tenantId);
  shown.current = tenantId;
  const account = useAccount();
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => setVersion((v) => v + 1);
  /** The user's own refresh reads the API again even if its last reading is recent. */
  const refreshFromApi = () => (setRefreshing(true), refresh());
  /** The attestation flow opens for the customer it was asked for, and each ask brings it back into view. */
  const [attestRequest, setAttestRequest] = useState<{ tenantId: string; at: number } | null>(
    asked.customer && asked.attest ? { tenantId: asked.customer, at: Date.now() } : null,
  );
  const [renewRequest] = useState(() => (asked.renew ? { attestationId: asked.renew, at: Date.now() } : undefined));

  useEffect(() => {
    const stopFollowing = asked.customer
      ? () => undefined
      : followTab(fixedTabId, (_tabId, url) => {
          setTabTenant((url && detectPage(url, { origins: partnerCenterOrigins(url) })?.customerId) || null);
          refresh();
        });
    // The customer shown, whether followed from the tab or picked: the background may have moved its attestation.
    const stopListening = handleMessage('statusChanged', thisExtension(), ({ tenantId: changed }) => {
      if (changed === shown.current) refresh();
      return {};
    });
    return () => (stopFollowing(), stopListening());
  }, []);

  useEffect(() => {
    if (!tenantId) return;
    let current = true;
    setStatus((previous) =>
      previous.state === 'ready' && previous.value.tenantId === tenantId ? previous : { state: 'loading' },
    );
    Promise.all([
      sendMessage('getCustomerStatus', { tenantId, refresh: refreshing }),
      sendMessage('getCustomerRecord', { tenantId }),
    ])
      .then(([value, found]) => current && (setStatus({ state: 'ready', value }), setRecord(found)))
      .catch((error: unknown) => current && setStatus({ state: 'error', reason: reason(error) }))
      .finally(() => setRefreshing(false));
    return () => void (current = false);
  }, [tenantId, version, account.state?.account?.objectId]);

  return (
    <>
      <SidePanelApp
        account={account}
        tenantId={tenantId}
        status={status}
        record={record}
        now={new Date()}
        actions={{
          refresh: refreshFromApi,
          draftInvitation: (kind) => tenantId && void openExtensionPage('popup', { tenantId, kind }),
          attest: () => tenantId && setAttestRequest({ tenantId, at: Date.now() }),
        }}
        search={async (query) => (await sendMessage('findCustomers', { query })).customers}
        openCustomer={setPicked}
        navigation={{ openPage: (page) => void openExtensionPage(page) }}
      />
      {tenantId ? (
        <div class="page attestation-page">
          <AttestationSection
            // Signing in or out starts the attestation over, so what it says it can do is the current session's.
            key={`${tenantId} ${account.state?.account?.objectId ?? ''}`}
            tenantId={tenantId}
            api={attestationApi}
            attester={account.state?.account ?? null}
            openRequest={attestRequest?.tenantId === tenantId ? attestRequest.at : 0}
            now={new Date()}
            copyText={(text) => navigator.clipboard.writeText(text)}
            onAgreementCreated={refreshFromApi}
            onDraftNotice={() => void openExtensionPage('popup', { tenantId, kind: 'attestation-notice' })}
            onOpenSettings={() => void openExtensionPage('options')}
            onEmailLink={(attestationId) => void openExtensionPage('popup', { attestation: attestationId })}
            recordsVersion={version}
            renewRequest={renewRequest}
          />
        </div>
      ) : null}
    </>
  );
}

mountPage(<SidePanelPage />, settingsStore);
