import { PIPELINE_GROUPS, type Pipeline, type PipelineAction, type PipelineRow } from '@/lib/attestation/pipeline';
import { useI18n } from '../app/I18nContext';
import { PipelineGroup } from './PipelineGroup';

export type PipelineState = { state: 'loading' } | { state: 'error'; reason: string } | { state: 'ready'; pipeline: Pipeline };

interface Props {
  pipeline: PipelineState;
  now: Date;
  busy: string | null;
  /** What the last action came to, in words; empty before any. */
  feedback: string;
  onAction(row: PipelineRow, action: PipelineAction): void;
  onExport(): void;
}

/** Every attestation this browser follows, by where it stands, with what can be done next for each. */
export function AttestationPipeline({ pipeline, now, busy, feedback, onAction, onExport }: Props) {
  const { t } = useI18n();
  return (
    <section class="card attestation-pipeline" aria-labelledby="pipeline-heading" aria-busy={pipeline.state === 'loading'}>
      <h2 id="pipeline-heading">{t('dashboard.pipeline.heading')}</h2>
      <p class="muted">{t('dashboard.pipeline.intro')}</p>
      {/* Always in the page, so that screen readers announce each result as it replaces the last. */}
      <p role="status" class="status-line">
        {feedback}
      </p>
      {pipeline.state === 'loading' ? (
        <p class="muted">{t('dashboard.pipeline.loading')}</p>
      ) : pipeline.state === 'error' ? (
        <p role="alert" class="error">
          {t('dashboard.pipeline.error', { reason: pipeline.reason })}
        </p>
      ) : (
        <>
          <button type="button" onClick={onExport}>
            {t('dashboard.pipeline.export')}
          </button>
          {PIPELINE_GROUPS.map((group) => (
            <PipelineGroup key={group} group={group} rows={pipeline.pipeline[group]} now={now} busy={busy} onAction={onAction} />
          ))}
        </>
      )}
    </section>
  );
}
