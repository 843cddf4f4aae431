import { useI18n } from '../app/I18nContext';

export type ImportOutcome =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; added: number; updated: number; skipped: number; invalid: number }
  | { state: 'failed'; reason: string };

interface Props {
  importOutcome: ImportOutcome;
  onExportCsv(): void;
  onExportJson(): void;
  onImport(file: File): void;
}

export function RecordsBar({ importOutcome, onExportCsv, onExportJson, onImport }: Props) {
  const { t } = useI18n();
  return (
    <section class="card records" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('dashboard.records.heading')}</h2>
      <div class="actions">
        <button type="button" onClick={onExportCsv}>
          {t('dashboard.records.exportCsv')}
        </button>
        <button type="button" onClick={onExportJson}>
          {t('dashboard.records.exportJson')}
        </button>
        <label class="button file-button">
          {t('dashboard.records.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => e.currentTarget.files?.[0] && onImport(e.currentTarget.files[0])}
          />
        </label>
      </div>
      <p role="status" class="status-line">
        {importOutcome.state === 'busy'
          ? t('dashboard.records.importing')
          : importOutcome.state === 'done'
            ? `${t('dashboard.records.imported', importOutcome)}${importOutcome.invalid ? ` ${t('dashboard.records.invalidRecords', { count: importOutcome.invalid })}` : ''}`
            : importOutcome.state === 'failed'
              ? t('dashboard.records.importFailed', { reason: importOutcome.reason })
              : ''}
      </p>
    </section>
  );
}
