import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildRows, countByStatus, distinctValues, filterRows, sortAtRiskFirst, type BookFilter, type BookRow } from '../../lib/book/rows';
import { handleMessage, sendMessage } from '../../lib/messaging';
import type { MessageResponse } from '../../lib/messaging/protocol';
import { recordsDb } from '../../lib/platform/records';
import { recentAuditRuns } from '../../lib/records/audit-runs';
import type { AuditRunRecord } from '../../lib/records/types';
import { thisExtension } from '../../lib/platform/this-extension';

type AuditState = MessageResponse<'getAuditState'>;
/** While an audit runs, the table is read again at most this often, and never more than a tenth of the time: a big book takes long to read. */
const RELOAD_EVERY_MS = 2000;
const RELOAD_SHARE = 10;

/** The customer book from the records, kept current while an audit runs; filtering happens in memory. */
export function useCustomerBook() {
  const [rows, setRows] = useState<BookRow[] | null>(null);
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
      const db = await recordsDb();
      const [customers, assessments, recent] = await Promise.all([db.getAll('customers'), db.getAll('assessments'), recentAuditRuns(db)]);
      setRows(sortAtRiskFirst(buildRows(customers, assessments)));
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

  const all = rows ?? [];
  const shown = useMemo(() => filterRows(all, filter), [rows, filter]);
  return {
    loading: rows === null && storageError === null,
    storageError,
    all,
    shown,
    counts: useMemo(() => countByStatus(all), [rows]),
    countries: useMemo(() => distinctValues(all, 'country'), [rows]),
    languages: useMemo(() => distinctValues(all, 'language'), [rows]),
    runs,
    filter,
    setFilter,
    audit,
    startAudit: () => void sendMessage('startAudit', {}).then(setAudit),
    controlAudit: (action: 'pause' | 'resume' | 'cancel') => void sendMessage('controlAudit', { action }).then(setAudit),
    reload,
  };
}
