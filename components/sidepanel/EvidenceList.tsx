import { relativeAge } from '@/lib/i18n/relative-time';
import type { EvidencePiece } from '@/lib/evidence/combine';
import { useI18n } from '../app/I18nContext';

function latestDate(piece: EvidencePiece): string | undefined {
  return [...(piece.agreements ?? [])]
    .map((agreement) => agreement.dateAgreed)
    .sort()
    .at(-1);
}

export function EvidenceList({ evidence, now }: { evidence: readonly EvidencePiece[]; now: Date }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">{t('panel.evidence.heading')}</h3>
      {evidence.length === 0 ? (
        <p class="muted">{t('panel.evidence.none')}</p>
      ) : (
        <ul class="evidence">
          {evidence.map((piece) => {
            const latest = latestDate(piece);
            return (
              <li key={`${piece.source}-${piece.observedAt}`} data-source={piece.source}>
                <strong>{t(`panel.evidence.source.${piece.source}`)}</strong>
                <span class="muted"> · {t('panel.evidence.observed', { age: relativeAge(piece.observedAt, now, locale) })}</span>
                {piece.agreements !== undefined ? (
                  <div>
                    {latest
                      ? t('panel.evidence.agreements', { count: piece.agreements.length, date: latest })
                      : t('panel.evidence.noAgreements')}
                  </div>
                ) : null}
                {piece.directAcceptance !== undefined ? (
                  <div>{t(piece.directAcceptance ? 'panel.evidence.directAccepted' : 'panel.evidence.directNotAccepted')}</div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
