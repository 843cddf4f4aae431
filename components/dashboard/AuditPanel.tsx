import type { MessageResponse } from '@/lib/messaging/protocol';
import { useI18n } from '../app/I18nContext';

type AuditState = MessageResponse<'getAuditState'>;

interface Props {
  audit: AuditState | null;
  signedIn: boolean;
  onStart(): void;
  onControl(action: 'pause' | 'resume' | 'cancel'): void;
}

/** Start, follow, pause, resume and cancel the audit of every customer. */
export function AuditPanel({ audit, signedIn, onStart, onControl }: Props) {
  const { t } = useI18n();
  const progress = audit?.progress ?? null;
  const active = Boolean(audit?.active);
  return (
    <section class="card audit" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('dashboard.audit.heading')}</h2>
      <p class="muted">{t('dashboard.audit.intro')}</p>
      <div class="actions">
        {!active && progress?.state === 'stuck' ? (
          <button type="button" class="primary" disabled={!signedIn} onClick={() => onControl('resume')}>
            {t('dashboard.audit.tryAgain')}
          </button>
        ) : !active ? (
          <button type="button" class="primary" disabled={!signedIn} onClick={onStart}>
            {t('dashboard.audit.start')}
          </button>
        ) : progress?.state === 'paused' ? (
          <button type="button" class="primary" onClick={() => onControl('resume')}>
            {t('dashboard.audit.resume')}
          </button>
        ) : (
          <button type="button" onClick={() => onControl('pause')}>
            {t('dashboard.audit.pause')}
          </button>
        )}
        {active ? (
          <button type="button" onClick={() => onControl('cancel')}>
            {t('dashboard.audit.cancel')}
          </button>
        ) : null}
      </div>
      {!signedIn && !active ? <p class="muted">{t('dashboard.audit.signInFirst')}</p> : null}
      {progress ? (
        <div class="audit-progress" role="status" aria-live="polite" data-state={progress.state}>
          <p>
            <strong>{t(`dashboard.audit.state.${progress.state}`)}</strong> —{' '}
            {progress.total !== undefined
              ? t('dashboard.audit.progress', { done: progress.done, total: progress.total })
              : t('dashboard.audit.progressUnknownTotal', { done: progress.done })}
            {progress.failed ? ` · ${t('dashboard.audit.failed', { count: progress.failed })}` : ''}
          </p>
          {progress.total ? <progress max={progress.total} value={progress.done} aria-hidden="true" /> : null}
          <p class="muted">
            {t('dashboard.audit.rate', { rate: Math.round(progress.ratePerMinute) })}
            {progress.etaMs !== undefined && progress.state === 'running'
              ? ` · ${t('dashboard.audit.eta', { minutes: Math.max(1, Math.ceil(progress.etaMs / 60_000)) })}`
              : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
