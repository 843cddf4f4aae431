import { useEffect, useState } from 'preact/hooks';
import { statusLabel } from '@/lib/mca';
import type { BookRow } from '@/lib/book/rows';
import { visibleRange } from '@/lib/book/virtual-window';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import { relativeAge } from '@/lib/i18n/relative-time';
import { useI18n } from '../app/I18nContext';

const ROW_HEIGHT = 40;
const VIEWPORT_HEIGHT = 480;

interface Props {
  rows: readonly BookRow[];
  now: Date;
  selected: ReadonlySet<string>;
  /** Only the first rows as last read are here: "select all" waits for the whole book. */
  partial: boolean;
  onToggle(tenantId: string): void;
  onToggleAll(): void;
  onOpen(row: BookRow): void;
}

/** Only the rows in view are in the document, so 50,000 customers scroll as smoothly as 50. */
export function BookTable({ rows, now, selected, partial, onToggle, onToggleAll, onOpen }: Props) {
  const { t, render, locale } = useI18n();
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, rows.length);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const agreedOn = (date: string | undefined) => {
    const at = date === undefined ? undefined : parsePartnerCenterDate(date);
    return at === undefined ? (date ?? '—') : dateFormat.format(at);
  };

  // A performance mark for the first rows shown, so the time to a usable book can be measured in the field and in benchmarks.
  useEffect(() => {
    if (rows.length > 0 && performance.getEntriesByName('book-rendered').length === 0) performance.mark('book-rendered');
  }, [rows.length > 0]);

  if (rows.length === 0) return <p class="card muted">{t('dashboard.table.none')}</p>;
  return (
    <div
      class="book"
      role="region"
      aria-label={t('dashboard.table.caption')}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ height: `${VIEWPORT_HEIGHT}px` }}
    >
      <table aria-rowcount={rows.length + 1}>
        <caption class="visually-hidden">{t('dashboard.table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="select">
              <input
                type="checkbox"
                aria-label={t('dashboard.table.selectAll')}
                checked={rows.every((row) => selected.has(row.tenantId))}
                disabled={partial}
                onChange={onToggleAll}
              />
            </th>
            <th scope="col">{t('dashboard.table.company')}</th>
            <th scope="col">{t('dashboard.table.status')}</th>
            <th scope="col">{t('dashboard.table.blocked')}</th>
            <th scope="col">{t('dashboard.table.latest')}</th>
            <th scope="col">{t('dashboard.table.evidence')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('dashboard.table.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr class="spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }} />
          {rows.slice(start, end).map((row, offset) => {
            const name = row.companyName || t('dashboard.table.unnamed');
            return (
              <tr
                key={row.tenantId}
                aria-rowindex={start + offset + 2}
                data-tenant={row.tenantId}
                class={row.atRisk ? 'at-risk' : ''}
                style={{ height: `${ROW_HEIGHT}px` }}
              >
                <td class="select">
                  <input
                    type="checkbox"
                    aria-label={t('dashboard.table.select', { name })}
                    checked={selected.has(row.tenantId)}
                    onChange={() => onToggle(row.tenantId)}
                  />
                </td>
                <td>
                  <span class="company">{name}</span> <code class="muted">{row.tenantId}</code>
                </td>
                <td class="status" data-status={row.status}>
                  {render(statusLabel(row.status))}
                  {row.certain ? null : <span class="uncertain"> · {t('page.badge.uncertain')}</span>}
                </td>
                <td>
                  {row.blockedActions.length ? t('dashboard.table.blockedCount', { count: row.blockedActions.length }) : '—'}
                </td>
                <td>{agreedOn(row.latestAgreementDate)}</td>
                <td>
                  {row.observedAt && row.evidenceSource
                    ? `${t(`panel.evidence.source.${row.evidenceSource}`)} · ${relativeAge(row.observedAt, now, locale)}`
                    : '—'}
                </td>
                <td>
                  <button type="button" aria-label={t('dashboard.table.openLabel', { name })} onClick={() => onOpen(row)}>
                    {t('dashboard.table.open')}
                  </button>
                </td>
              </tr>
            );
          })}
          <tr class="spacer" aria-hidden="true" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} />
        </tbody>
      </table>
    </div>
  );
}
