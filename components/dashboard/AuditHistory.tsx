import type { AuditRunRecord } from '@/lib/records/types';
import { useI18n } from '../app/I18nContext';

export function AuditHistory({ runs }: { runs: readonly AuditRunRecord[] }) {
  const { t, locale } = useI18n();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="card" aria-labelledby="audit-history-heading">
      <h2 id="audit-history-heading">{t('dashboard.audit.history')}</h2>
      {runs.length === 0 ? (
        <p class="muted">{t('dashboard.audit.noHistory')}</p>
      ) : (
        <ol class="audit-runs">
          {runs.map((run) => (
            <li key={run.id} data-state={run.state}>
              {t('dashboard.audit.run', {
                started: when.format(new Date(run.startedAt)),
                state: t(`dashboard.audit.state.${run.state}`),
                done: run.counts.done,
                failed: run.counts.failed,
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
