import { useState } from 'preact/hooks';
import type { RetentionOutcome } from '@/lib/records/retention';
import type { Failure } from '@/lib/failure/failure';
import { useI18n } from '../app/I18nContext';

interface Props {
  /** Asks the background to purge by the saved retention setting. */
  purge: () => Promise<RetentionOutcome>;
  /** The saved setting keeps every record: nothing to remove. */
  keepsEverything: boolean;
}

type PurgeState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; removed: number; days: number | null }
  | { kind: 'failed'; error: Failure };

const NO_ANSWER: Failure = { messageKey: 'records.errors.noAnswer', retryable: true };

/** "Remove old records now", beside the retention field: what the daily purge would remove, at once, and how many went. */
export function PurgeNow({ purge, keepsEverything }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<PurgeState>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'busy' });
    const outcome = await purge().catch((): RetentionOutcome => ({ ok: false, error: NO_ANSWER }));
    setState(
      outcome.ok ? { kind: 'done', removed: outcome.removed, days: outcome.days } : { kind: 'failed', error: outcome.error },
    );
  };

  const message =
    state.kind === 'busy'
      ? t('settings.retention.purging')
      : state.kind !== 'done'
        ? ''
        : state.days === null
          ? t('settings.retention.keptEverything')
          : t('records.purge.done', { count: state.removed, days: state.days });

  return (
    <div class="purge-now">
      <button
        type="button"
        onClick={() => void run()}
        disabled={keepsEverything || state.kind === 'busy'}
        aria-busy={state.kind === 'busy'}
        aria-describedby="setting-recordRetentionDays-hint"
      >
        {t('settings.retention.purgeNow')}
      </button>
      <p class="status-line" role="status">
        {message}
      </p>
      {state.kind === 'failed' ? (
        <p class="error" role="alert" data-code={state.error.code}>
          {t(state.error.messageKey, state.error.params)}
        </p>
      ) : null}
    </div>
  );
}
