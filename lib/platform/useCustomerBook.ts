import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { previewOf, readPreview, type BookPreview } from '../book/preview';
import { bookTotals, distinctValues, filterRows, type BookFilter, type BookRow, type BookTotals } from '../book/rows';
import { handleMessage, sendMessage } from '../messaging';
import type { MessageResponse } from '../messaging/protocol';
import { readRecordedBook } from './dashboard-records';
import type { AuditRunRecord } from '../records/types';
import { thisExtension } from './this-extension';

type AuditState = MessageResponse<'getAuditState'>;
/** While an audit runs, the table is read again at most this often, and never more than a tenth of the time: a big book takes long to read. */
const RELOAD_EVERY_MS = 2000;
const RELOAD_SHARE = 10;
const PREVIEW_KEY = 'mca-book-preview';
const NO_ROWS: BookRow[] = [];
const NO_CUSTOMERS = bookTotals(NO_ROWS);

// The preview is a convenience: when the page's storage cannot be read or written, the book is simply read in full first.
function storedPreview(): BookPreview | null {
  try {
    return readPreview(localStorage.getItem(PREVIEW_KEY));
  } catch {
    return null;
  }
}

function keepPreview(rows: readonly BookRow[], totals: BookTotals): void {
  try {
    localStorage.setItem(PREVIEW_KEY, JSON.stringify(previewOf(rows, totals)));
  } catch {
    // Full or blocked: the next visit reads the whole book before showing it.
  }
}

/**
 * The customer book from the records, kept current while an audit runs; filtering happens in memory. Until the whole book
 * is read, the first rows and counts as last read are shown (`partial`).
 */
export function useCustomerBook() {
  const [preview] = useState(storedPreview);
  const [book, setBook] = useState<{ rows: BookRow[]; totals: BookTotals } | null>(null);
  const [runs, setRuns] = useState<AuditRunRecord[]>([]);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [filter, setFilter] = useState<BookFilter>({});
  const [audit, setAudit] = useState<AuditState | null>(null);
  const lastReload = useRef(0);
  const reloadGap = useRef(RELOAD_EVERY_MS);

  const reload = async () => {
    const started = Date.now();
    lastReload.current = started;
    try {
      const { rows, totals, runs: recent } = await readRecordedBook();
      setBook({ rows, totals });
      keepPreview(rows, totals);
      // With 'book-rendered' (the first rows shown), how long a big book takes to be whole.
      if (performance.getEntriesByName('book-complete').length === 0) performance.mark('book-complete');
      setRuns(recent);
      reloadGap.current = Math.max(RELOAD_EVERY_MS, (Date.now() - started) * RELOAD_SHARE);
    } catch (error) {
      setStorageError(error instanceof Error ? error.message : String(error));
    }
  };

  useEffect(() => {
    void reload();
    void sendMessage('getAuditState', {}).then(setAudit, () => undefined);
    return handleMessage('auditProgress', thisExtension(), (progress) => {
      setAudit({ active: progress.state === 'running' || progress.state === 'paused', progress });
      const over = progress.state !== 'running' && progress.state !== 'paused';
      if (over || Date.now() - lastReload.current > reloadGap.current) void reload();
      return {};
    });
  }, []);

  // The first screen as last read, until the whole book is read.
  const kept = book === null ? preview : null;
  const all = book?.rows ?? kept?.rows ?? NO_ROWS;
  const shown = useMemo(() => filterRows(all, filter), [all, filter]);
  const totals = book?.totals ?? kept ?? NO_CUSTOMERS;
  return {
    loading: book === null && storageError === null,
    partial: kept !== null,
    storageError,
    all,
    shown,
    counts: totals.counts,
    total: totals.total,
    atRisk: totals.atRisk,
    countries: useMemo(() => distinctValues(all, 'country'), [all]),
    languages: useMemo(() => distinctValues(all, 'language'), [all]),
    runs,
    filter,
    setFilter,
    audit,
    startAudit: () => void sendMessage('startAudit', {}).then(setAudit),
    controlAudit: (action: 'pause' | 'resume' | 'cancel') => void sendMessage('controlAudit', { action }).then(setAudit),
    reload,
  };
}
