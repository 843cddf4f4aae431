import { useState } from 'preact/hooks';
import { useI18n } from '../app/I18nContext';
import type { FoundCustomers } from './types';

interface Props {
  search(query: string): Promise<FoundCustomers>;
  open(tenantId: string): void;
}

/** Finds a customer already seen in this browser when the tab shows none. */
export function CustomerSearch({ search, open }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; customers: FoundCustomers } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const wanted = query.trim();
    if (wanted) setResults({ query: wanted, customers: await search(wanted) });
  };

  return (
    <form class="card search" role="search" onSubmit={(event) => void submit(event)}>
      <label>
        {t('panel.search.label')}
        <span class="field-hint" id="search-hint">
          {t('panel.search.hint')}
        </span>
        <input
          type="search"
          name="query"
          value={query}
          aria-describedby="search-hint"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('panel.search.submit')}</button>
      <div aria-live="polite">
        {results === null ? null : results.customers.length === 0 ? (
          <p>{t('panel.search.noResult', { query: results.query })}</p>
        ) : (
          <>
            <p class="muted">{t('panel.search.results', { count: results.customers.length })}</p>
            <ul class="search-results">
              {results.customers.map((customer) => (
                <li key={customer.tenantId}>
                  <button type="button" class="link" onClick={() => open(customer.tenantId)}>
                    {customer.companyName ?? customer.tenantId}
                  </button>
                  {customer.companyName ? (
                    <span class="muted"> {[customer.domain, customer.tenantId].filter(Boolean).join(' · ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
