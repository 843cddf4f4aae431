import type { PipelineAction, PipelineGroup as Group, PipelineRow } from '@/lib/attestation/pipeline';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import { relativeAge } from '@/lib/i18n/relative-time';
import { useI18n } from '../app/I18nContext';

interface Props {
  group: Group;
  rows: readonly PipelineRow[];
  now: Date;
  /** The attestation an action is under way for: its buttons wait. */
  busy: string | null;
  onAction(row: PipelineRow, action: PipelineAction): void;
}

/** A stored instant (Partner Center's zone-less form included) as ISO, for the relative wording. */
const iso = (value: string) => {
  const at = parsePartnerCenterDate(value);
  return at === undefined ? value : new Date(at).toISOString();
};

/** One state of the pipeline: its heading with the count, then its attestations. */
export function PipelineGroup({ group, rows, now, busy, onAction }: Props) {
  const { t, locale } = useI18n();
  const headingId = `pipeline-${group}-heading`;
  const started = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (value: string) => relativeAge(iso(value), now, locale);
  const createdOn = (value: string) => {
    const at = parsePartnerCenterDate(value);
    return at === undefined ? value : started.format(at);
  };
  const standing = ({ attestation: a, group: shown }: PipelineRow): string => {
    if (shown === 'link-sent' || shown === 'accepted') return t('dashboard.pipeline.expiresIn', { when: when(a.linkExpiresAt) });
    if (shown === 'agreement-created')
      return t('dashboard.pipeline.agreementMade', { when: when(a.agreementCreatedAt ?? a.acceptedAt ?? a.createdAt) });
    if (shown === 'expired') return t('dashboard.pipeline.expiredAgo', { when: when(a.linkExpiresAt) });
    return a.failureCode ? t('dashboard.pipeline.failedWithCode', { code: a.failureCode }) : t('dashboard.pipeline.failedNoCode');
  };

  return (
    <section class="pipeline-group" data-group={group} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('dashboard.pipeline.count', { group: t(`dashboard.pipeline.groups.${group}`), count: rows.length })}
      </h3>
      {rows.length === 0 ? (
        <p class="muted">{t('dashboard.pipeline.none')}</p>
      ) : (
        <table class="pipeline-table">
          <caption>{t(`dashboard.pipeline.captions.${group}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.pipeline.columns.customer')}</th>
              <th scope="col">{t('dashboard.pipeline.columns.signer')}</th>
              <th scope="col">{t('dashboard.pipeline.columns.attestedBy')}</th>
              <th scope="col">{t('dashboard.pipeline.columns.created')}</th>
              <th scope="col">{t('dashboard.pipeline.columns.where')}</th>
              {rows.some((row) => row.actions.length > 0) ? <th scope="col">{t('dashboard.pipeline.columns.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const { attestation: a } = row;
              const signer = `${a.signer.firstName} ${a.signer.lastName}`;
              return (
                <tr key={a.attestationId} data-attestation={a.attestationId} class={row.expiringSoon ? 'expiring' : undefined}>
                  <th scope="row">{a.companyName}</th>
                  <td>
                    {signer}
                    <br />
                    <span class="muted">{a.signer.email}</span>
                  </td>
                  <td title={a.attestedBy?.upn}>{a.attestedBy?.name ?? t('dashboard.pipeline.notRecorded')}</td>
                  <td>{createdOn(a.createdAt)}</td>
                  <td>
                    {standing(row)}
                    {row.expiringSoon ? (
                      <>
                        {' '}
                        <strong class="expiring-soon">{t('dashboard.pipeline.expiringSoon')}</strong>
                      </>
                    ) : null}
                  </td>
                  {row.actions.length > 0 ? (
                    <td class="pipeline-actions">
                      {row.actions.map((action) => (
                        <button
                          key={action}
                          type="button"
                          disabled={busy === a.attestationId}
                          aria-label={t('dashboard.pipeline.actionFor', {
                            action: t(`dashboard.pipeline.actions.${action}`),
                            customer: a.companyName,
                            signer,
                          })}
                          onClick={() => onAction(row, action)}
                        >
                          {t(`dashboard.pipeline.actions.${action}`)}
                        </button>
                      ))}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
