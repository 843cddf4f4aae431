import { statusLabel } from '@/lib/mca';
import { MCA_STATUSES } from '@/lib/mca/types';
import type { StatusCounts } from '@/lib/book/rows';
import { useI18n } from '../app/I18nContext';

/** Counts per status, as text and as a small bar chart (the chart is decorative; the list carries the figures). */
export function BookSummary({ counts, total, atRisk }: { counts: StatusCounts; total: number; atRisk: number }) {
  const { t, render } = useI18n();
  const widest = Math.max(1, ...Object.values(counts));
  return (
    <section class="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('dashboard.summary.heading')}</h2>
      <p data-testid="customer-count">{t('dashboard.recorded', { count: total })}</p>
      <p class="at-risk-count">{t('dashboard.summary.atRisk', { count: atRisk })}</p>
      <ul class="status-bars" aria-label={t('dashboard.summary.chart')}>
        {MCA_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <span class="bar-label">{render(statusLabel(status))}</span>
            <span class="bar" aria-hidden="true" style={{ width: `${(counts[status] / widest) * 100}%` }} />
            <span class="bar-count">{counts[status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
