import type { QueueStep } from '@/lib/attestation/pipeline';
import type { BookRow } from '@/lib/book/rows';
import { useI18n } from '../app/I18nContext';

export type QueueState = { state: 'idle' } | { state: 'nothing-to-attest' } | { state: 'open'; step: QueueStep<BookRow> };

interface Props {
  queue: QueueState;
  onNext(): void;
  onStop(): void;
}

/** Where the partner stands in the queue of customers to attest, and the way to the next one. */
export function AttestationQueueBar({ queue, onNext, onStop }: Props) {
  const { t } = useI18n();
  return (
    <p role="status" class="status-line attestation-queue">
      {queue.state === 'nothing-to-attest' ? t('dashboard.queue.nothing') : null}
      {queue.state === 'open' ? (
        <>
          {t('dashboard.queue.position', {
            position: queue.step.position,
            total: queue.step.total,
            customer: queue.step.current.companyName,
          })}{' '}
          {queue.step.next ? (
            <button type="button" class="primary" onClick={onNext}>
              {t('dashboard.queue.next', { customer: queue.step.next.companyName })}
            </button>
          ) : (
            t('dashboard.queue.last')
          )}{' '}
          <button type="button" onClick={onStop}>
            {t('dashboard.queue.stop')}
          </button>
        </>
      ) : null}
    </p>
  );
}
