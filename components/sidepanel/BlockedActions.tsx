import { blockedActionDescription, blockedActionLabel } from '@/lib/mca';
import type { Assessment } from '@/lib/mca/types';
import { useI18n } from '../app/I18nContext';

export function BlockedActions({ assessment }: { assessment: Assessment }) {
  const { t, render } = useI18n();
  return (
    <section aria-labelledby="blocked-heading">
      <h3 id="blocked-heading">{t('panel.blocked.heading')}</h3>
      {assessment.blockedActions.length === 0 ? (
        <p class="muted">{t('panel.blocked.none')}</p>
      ) : (
        <ul class="blocked-actions">
          {assessment.blockedActions.map((action) => (
            <li key={action}>
              <strong>{render(blockedActionLabel(action))}</strong> — {render(blockedActionDescription(action))}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('panel.reasons.heading')}</h3>
      <ul class="reasons">
        {assessment.reasons.map((reason) => (
          <li key={reason.key}>{render(reason)}</li>
        ))}
      </ul>
    </section>
  );
}
