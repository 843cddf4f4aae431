import type { EvidencePiece } from '@/lib/evidence/combine';
import { useI18n } from '../app/I18nContext';
import type { CustomerRecordView } from './types';

type Entry = { at: string; text: string };

export function CustomerHistory({ record, evidence }: { record: CustomerRecordView; evidence: readonly EvidencePiece[] }) {
  const { t, locale } = useI18n();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const entries: Entry[] = [
    ...record.invitations.map((invitation) => ({
      at: invitation.at,
      text: t('panel.history.invitation', {
        kind: t(`email.kinds.${invitation.kind}.name` as 'email.kinds.accept-mca.name'),
        language: invitation.locale.toUpperCase(),
        via: t(`panel.history.via.${invitation.via}`),
      }),
    })),
    ...evidence.map((piece) => ({
      at: piece.observedAt,
      text: t('panel.history.check', { source: t(`panel.evidence.source.${piece.source}`) }),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading">{t('panel.history.heading')}</h3>
      {entries.length === 0 ? (
        <p class="muted">{t('panel.history.none')}</p>
      ) : (
        <ol class="history">
          {entries.map((entry) => (
            <li key={`${entry.at}-${entry.text}`}>
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> — {entry.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
