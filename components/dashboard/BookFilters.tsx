import { statusLabel } from '@/lib/mca';
import { MCA_STATUSES, type McaStatus } from '@/lib/mca/types';
import type { BookFilter } from '@/lib/book/rows';
import { useI18n } from '../app/I18nContext';

interface Props {
  filter: BookFilter;
  countries: string[];
  languages: string[];
  shown: number;
  total: number;
  /** The whole book is still being read: the filters wait for it. */
  reading: boolean;
  onChange(filter: BookFilter): void;
}

export function BookFilters({ filter, countries, languages, shown, total, reading, onChange }: Props) {
  const { t, render } = useI18n();
  const set = (patch: Partial<BookFilter>) => onChange({ ...filter, ...patch });
  return (
    <section class="card filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('dashboard.filters.heading')}</h2>
      <fieldset class="filter-row" disabled={reading}>
        <legend class="visually-hidden">{t('dashboard.filters.heading')}</legend>
        <label class="inline-check">
          <input
            type="checkbox"
            name="atRiskOnly"
            checked={Boolean(filter.atRiskOnly)}
            onChange={(e) => set({ atRiskOnly: e.currentTarget.checked })}
          />
          {t('dashboard.filters.atRiskOnly')}
        </label>
        <label>
          {t('dashboard.filters.status')}
          <select
            name="status"
            value={filter.statuses?.[0] ?? ''}
            onChange={(e) => set({ statuses: e.currentTarget.value ? [e.currentTarget.value as McaStatus] : [] })}
          >
            <option value="">{t('dashboard.filters.anyStatus')}</option>
            {MCA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {render(statusLabel(status))}
              </option>
            ))}
          </select>
        </label>
        <ValueFilter
          name="country"
          label={t('dashboard.filters.country')}
          anyLabel={t('dashboard.filters.anyCountry')}
          values={countries}
          value={filter.country}
          onChange={(country) => set({ country })}
        />
        <ValueFilter
          name="language"
          label={t('dashboard.filters.language')}
          anyLabel={t('dashboard.filters.anyLanguage')}
          values={languages}
          value={filter.language}
          onChange={(language) => set({ language })}
        />
        <label>
          {t('dashboard.filters.text')}
          <input
            type="search"
            name="text"
            value={filter.text ?? ''}
            placeholder={t('dashboard.filters.textHint')}
            onInput={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
      </fieldset>
      <p class="muted" role="status" data-testid="shown-count">
        {reading ? t('dashboard.filters.reading', { total }) : t('dashboard.filters.shown', { shown, total })}
      </p>
    </section>
  );
}

interface ValueFilterProps {
  name: string;
  label: string;
  anyLabel: string;
  values: string[];
  value: string | undefined;
  onChange(value: string): void;
}

/** A choice among the values the book holds, or any of them. */
function ValueFilter({ name, label, anyLabel, values, value, onChange }: ValueFilterProps) {
  return (
    <label>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {values.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}
