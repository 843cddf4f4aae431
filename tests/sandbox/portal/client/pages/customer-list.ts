// The customer list: a search box and one page of customers at a time, each name linking to the Account page.
import { DEFAULT_PAGE_SIZE } from '../../api-types';
import type { CustomerListResponse } from '../../api-types';
import { portalApi } from '../api-client';
import { countryName } from '../display-names';
import { h } from '../dom';
import type { PageContext, RenderedPage } from './page';

const SEARCH_DELAY_MS = 250;

export async function renderCustomerList(context: PageContext): Promise<RenderedPage> {
  const { strings } = context;
  const initialSearch = context.search.get('q') ?? '';
  const results = h('div', { class: 'card table-card' });
  const input = h('input', {
    type: 'search',
    id: 'customer-search',
    name: 'q',
    value: initialSearch,
    placeholder: strings.searchPlaceholder,
    autocomplete: 'off',
  });
  const form = h('form', { class: 'search', role: 'search' }, h('label', { for: 'customer-search' }, strings.searchLabel), input);

  let latestRequest = 0;
  const showResults = async (search: string, pageNumber: number) => {
    const request = ++latestRequest;
    const list = await portalApi.customers((pageNumber - 1) * DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE, search);
    if (request === latestRequest) results.replaceChildren(...resultsContent(context, list, search, pageNumber));
  };
  const searchNow = () => {
    history.replaceState(null, '', listUrl(context, input.value, 1));
    showResults(input.value, 1).catch(() => results.replaceChildren(h('p', { role: 'alert' }, strings.loadFailed)));
  };
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(searchNow, SEARCH_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    searchNow();
  });

  await showResults(initialSearch, pageNumberOf(context.search.get('page')));
  return { title: strings.customers, content: [h('h1', { tabindex: -1 }, strings.customers), form, results] };
}

function pageNumberOf(raw: string | null): number {
  const number = Number(raw);
  return Number.isInteger(number) && number >= 1 ? number : 1;
}

function listUrl(context: PageContext, search: string, pageNumber: number): string {
  const query = new URLSearchParams();
  if (search) query.set('q', search);
  if (pageNumber > 1) query.set('page', String(pageNumber));
  const queryText = query.toString();
  return context.href({ page: 'customer-list' }) + (queryText ? `?${queryText}` : '');
}

function resultsContent(context: PageContext, list: CustomerListResponse, search: string, pageNumber: number): Node[] {
  const { strings, href } = context;
  if (list.items.length === 0) return [h('p', { class: 'muted' }, strings.noCustomers)];
  const headings = [strings.companyName, strings.microsoftId, strings.domain, strings.countryRegion];
  const rows = list.items.map((customer) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: href({ page: 'account', tenantId: customer.tenantId }) }, customer.companyName)),
      h('td', { class: 'mono' }, customer.tenantId),
      h('td', {}, customer.domain),
      h('td', {}, countryName(customer.country, strings.locale)),
    ),
  );
  const table = h('table', {}, h('thead', {}, h('tr', {}, ...headings.map((heading) => h('th', { scope: 'col' }, heading)))), h('tbody', {}, ...rows));
  return [table, pager(context, list, search, pageNumber)];
}

function pager(context: PageContext, list: CustomerListResponse, search: string, pageNumber: number): Node {
  const { strings } = context;
  const first = list.offset + 1;
  const last = list.offset + list.items.length;
  const pageButton = (label: string, target: number, enabled: boolean) => {
    const button = h('button', { type: 'button', disabled: !enabled }, label);
    button.addEventListener('click', () => context.navigate(listUrl(context, search, target)));
    return button;
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': strings.pagination },
    h('span', { class: 'muted', 'aria-live': 'polite' }, strings.range(first, last, list.totalCount)),
    pageButton(strings.previousPage, pageNumber - 1, pageNumber > 1),
    pageButton(strings.nextPage, pageNumber + 1, last < list.totalCount),
  );
}
