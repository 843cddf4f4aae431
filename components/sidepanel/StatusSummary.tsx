import { isAtRisk, statusDescription, statusLabel } from '@/lib/mca';
import type { Assessment } from '@/lib/mca/types';
import { useI18n } from '../app/I18nContext';

export function StatusSummary({ assessment }: { assessment: Assessment }) {
  const { t, render } = useI18n();
  const tone = isAtRisk(assessment) ? 'risk' : assessment.status === 'unknown' ? 'neutral' : 'ok';
  return (
    <div class={`status-summary ${tone}`} data-status={assessment.status}>
      <p class="status-label">
        <span class="dot" aria-hidden="true" />
        <strong>{render(statusLabel(assessment.status))}</strong>
      </p>
      {assessment.since ? <p class="muted">{t('panel.status.since', { date: assessment.since })}</p> : null}
      <p>{render(statusDescription(assessment.status))}</p>
      <p class={assessment.certain ? 'certainty' : 'certainty uncertain'}>
        {t(assessment.certain ? 'panel.status.certain' : 'panel.status.uncertain')}
      </p>
    </div>
  );
}
