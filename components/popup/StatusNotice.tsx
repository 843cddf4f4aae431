import { useI18n } from '../app/I18nContext';
import type { Notice } from './useDraftForm';

/** What became of the last action: a confirmation, politely; a failure, at once. Both regions stay in place to be heard. */
export function StatusNotice({ notice }: { notice: Notice | null }) {
  const { render } = useI18n();
  const text = notice?.messages.map(render).join(' ') ?? '';
  return (
    <>
      <p class="status-line notice-done" role="status">
        {notice?.tone === 'done' ? text : ''}
      </p>
      <p class="status-line notice-failed" role="alert">
        {notice?.tone === 'failed' ? text : ''}
      </p>
    </>
  );
}
