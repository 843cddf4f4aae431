import { useState } from 'preact/hooks';
import { AccountBar } from '@/components/app/AccountBar';
import { useI18n } from '@/components/app/I18nContext';
import { mountPage } from '@/components/app/mountPage';
import { AuditHistory } from '@/components/dashboard/AuditHistory';
import { AttestationPipeline } from '@/components/dashboard/AttestationPipeline';
import { AttestationQueueBar } from '@/components/dashboard/AttestationQueueBar';
import { AuditPanel } from '@/components/dashboard/AuditPanel';
import { BookFilters } from '@/components/dashboard/BookFilters';
import { BookSummary } from '@/components/dashboard/BookSummary';
import { BookTable } from '@/components/dashboard/BookTable';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { RecordsBar, type ImportOutcome } from '@/components/dashboard/RecordsBar';
import { SelectionBar, type SelectionOutcome } from '@/components/dashboard/SelectionBar';
import { customerAccountUrl } from '@/lib/platform/customer-links';
import { downloadParts } from '@/lib/platform/download';
import { createPageNavigation, type Navigation } from '@/lib/platform/navigation';
import { customersCsv, importRecordsFile, recordsJson } from '@/lib/platform/dashboard-records';
import { settingsStore } from '@/lib/platform/settings';
import { openTab } from '@/lib/platform/tabs';
import { useAccount } from '@/lib/platform/useAccount';
import { useCustomerBook } from '@/lib/platform/useCustomerBook';
import { useAttestationQueue } from './attestation-queue';
import { useAttestationPipeline } from './pipeline';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const stamp = () => new Date().toISOString().slice(0, 10);

function DashboardPage({ navigation }: { navigation: Navigation }) {
  const i18n = useI18n();
  const { t } = i18n;
  const account = useAccount();
  const attestations = useAttestationPipeline(i18n);
  const book = useCustomerBook();
  const queue = useAttestationQueue(attestations.tracked);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome>({ state: 'idle' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [selectionOutcome, setSelectionOutcome] = useState<SelectionOutcome>({ state: 'idle' });
  const toggle = (tenantId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(tenantId)) next.add(tenantId);
      return next;
    });
  const toggleAll = () =>
    setSelected((current) =>
      book.shown.every((row) => current.has(row.tenantId)) ? new Set() : new Set(book.shown.map((row) => row.tenantId)),
    );

  // Exports, imports and bulk drafts load their libraries (CSV, zip, email templates) when first used: the book shows sooner.
  const exportCsv = async (only?: ReadonlySet<string>) => {
    downloadParts(await customersCsv(t, only), 'text/csv;charset=utf-8', `mca-customers-${stamp()}.csv`);
  };
  const exportJson = async () => {
    downloadParts(await recordsJson(), 'application/json', `mca-records-${stamp()}.json`);
  };
  const importFile = async (file: File) => {
    setImportOutcome({ state: 'busy' });
    const result = await importRecordsFile(file);
    if (!result.ok) return setImportOutcome({ state: 'failed', reason: t(result.message.key, result.message.params) });
    const { added, updated, skipped, invalid } = result.report;
    setImportOutcome({
      state: 'done',
      added: sum(added),
      updated: sum(updated),
      skipped: skipped.length,
      invalid: invalid.length,
    });
    await book.reload();
  };
  // The side panel opens inside the click (Chrome needs the gesture) and follows the customer's tab once it is active.
  const open = (tenantId: string) => {
    navigation.openSidePanel?.();
    void customerAccountUrl(tenantId).then(openTab);
  };

  return (
    <DashboardApp
      navigation={navigation}
      account={<AccountBar control={account} onOpenSettings={() => navigation.openPage('options')} />}
      storageError={book.storageError}
      loading={book.loading}
    >
      <div class="dashboard-grid">
        <BookSummary counts={book.counts} total={book.total} atRisk={book.atRisk} />
        <AuditPanel
          audit={book.audit}
          signedIn={Boolean(account.state?.account)}
          onStart={book.startAudit}
          onControl={book.controlAudit}
        />
      </div>
      <AttestationPipeline
        pipeline={attestations.pipeline}
        now={attestations.now}
        busy={attestations.busy}
        feedback={attestations.feedback}
        onAction={attestations.act}
        onExport={attestations.exportCsv}
      />
      <BookFilters
        filter={book.filter}
        countries={book.countries}
        languages={book.languages}
        shown={book.shown.length}
        total={book.total}
        reading={book.partial}
        onChange={book.setFilter}
      />
      <SelectionBar
        count={selected.size}
        outcome={selectionOutcome}
        onDraft={() =>
          void import('./selection')
            .then(({ draftSelectedInvitations }) =>
              draftSelectedInvitations(
                book.all.filter((row) => selected.has(row.tenantId)),
                stamp(),
              ),
            )
            .then(setSelectionOutcome)
        }
        onExport={() => void exportCsv(selected)}
        onAttest={() => queue.start(book.all, selected)}
        onClear={() => (setSelected(new Set()), setSelectionOutcome({ state: 'idle' }))}
      />
      <AttestationQueueBar queue={queue.state} onNext={queue.next} onStop={queue.stop} />
      <BookTable
        rows={book.shown}
        now={new Date()}
        selected={selected}
        partial={book.partial}
        onToggle={toggle}
        onToggleAll={toggleAll}
        onOpen={(row) => open(row.tenantId)}
      />
      <RecordsBar
        importOutcome={importOutcome}
        onExportCsv={() => void exportCsv()}
        onExportJson={() => void exportJson()}
        onImport={(file) => void importFile(file)}
      />
      <AuditHistory runs={book.runs} />
    </DashboardApp>
  );
}

void createPageNavigation().then((navigation) => mountPage(<DashboardPage navigation={navigation} />, settingsStore));
