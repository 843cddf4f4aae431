// The customer list as Partner Center shows it: a search box and one page of customers at a time in a data grid (nested
// shadow roots, skeleton rows first), paging and search changing the rows in place; each name opens the Account page.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/tests/sandbox/portal/api-types';
import type { CustomerListResponse } from '@/tests/sandbox/portal/api-types';
import { portalApi } from '../api-client';
import { DATA_GRID_TAG, type GridRowData } from '../components/he-data-grid';
import { countryName } from '../display-names';
import { h } from '../dom';
import type { PageContext, RenderedPage } from './page';

const SEARCH_DELAY_MS = 250;
/** How long the real grid shows skeleton rows before swapping in the customers (docs/partner-center-api.md §6.6). */
export const SKELETON_MS = 700;
const SKELETON_ROWS = 5;

export async function renderCustomerList(context: PageContext): Promise<RenderedPage> {
  const { strings } = context;
  const initialSearch = context.search.get('q') ?? '';
  // Partner Center lets the partner show more rows a page; `?size=` does here (up to 500).
  const pageSize = Math.min(positiveInteger(context.search.get('size')) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const grid = document.createElement(DATA_GRID_TAG);
  grid.setColumns(
    [
      { key: 'displayName', heading: strings.companyName },
      { key: 'tenantId', heading: strings.microsoftId },
      { key: 'domain', heading: strings.domain },
      { key: 'country', heading: strings.countryRegion },
    ],
    strings.customers,
  );
  const status = h('p', { class: 'muted', role: 'status' });
  const pager = h('nav', { class: 'pager', 'aria-label': strings.pagination });
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
    grid.showSkeleton(SKELETON_ROWS);
    const [list] = await Promise.all([
      portalApi.customers((pageNumber - 1) * pageSize, pageSize, search),
      new Promise((resolve) => setTimeout(resolve, SKELETON_MS)),
    ]);
    if (request !== latestRequest) return;
    grid.showRows(list.items.map((customer) => rowOf(context, customer)));
    status.textContent = list.items.length === 0 ? strings.noCustomers : '';
    pager.replaceChildren(...pagerContent(context, list, pageNumber, (target) => goTo(search, target)));
  };
  const failed = () => {
    grid.showRows([]);
    status.textContent = strings.loadFailed;
    status.setAttribute('role', 'alert');
  };
  // Partner Center changes the rows in place: the URL follows, the page is not rendered again.
  const goTo = (search: string, pageNumber: number) => {
    history.pushState(null, '', listUrl(context, search, pageNumber, pageSize));
    showResults(search, pageNumber).catch(failed);
  };
  const searchNow = () => {
    history.replaceState(null, '', listUrl(context, input.value, 1, pageSize));
    showResults(input.value, 1).catch(failed);
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

  showResults(initialSearch, positiveInteger(context.search.get('page')) ?? 1).catch(failed);
  return {
    title: strings.customers,
    content: [h('h1', { tabindex: -1 }, strings.customers), form, h('div', { class: 'card table-card' }, grid, status, pager)],
  };
}

function rowOf(context: PageContext, customer: CustomerListResponse['items'][number]): GridRowData {
  return {
    id: customer.tenantId,
    name: customer.companyName,
    cells: {
      tenantId: customer.tenantId,
      domain: customer.domain,
      country: countryName(customer.country, context.strings.locale),
    },
    open: () => context.navigate(context.href({ page: 'account', tenantId: customer.tenantId })),
  };
}

function positiveInteger(raw: string | null): number | undefined {
  const number = Number(raw);
  return raw !== null && Number.isInteger(number) && number >= 1 ? number : undefined;
}

function listUrl(context: PageContext, search: string, pageNumber: number, pageSize: number): string {
  const query = new URLSearchParams();
  if (search) query.set('q', search);
  if (pageNumber > 1) query.set('page', String(pageNumber));
  if (pageSize !== DEFAULT_PAGE_SIZE) query.set('size', String(pageSize));
  const queryText = query.toString();
  return context.href({ page: 'customer-list' }) + (queryText ? `?${queryText}` : '');
}

function pagerContent(
  context: PageContext,
  list: CustomerListResponse,
  pageNumber: number,
  goTo: (pageNumber: number) => void,
): Node[] {
  const { strings } = context;
  const first = list.offset + 1;
  const last = list.offset + list.items.length;
  const pageButton = (label: string, target: number, enabled: boolean) => {
    const button = h('button', { type: 'button', disabled: !enabled }, label);
    button.addEventListener('click', () => goTo(target));
    return button;
  };
  return [
    h('span', { class: 'muted', 'aria-live': 'polite' }, strings.range(first, last, list.totalCount)),
    pageButton(strings.previousPage, pageNumber - 1, pageNumber > 1),
    pageButton(strings.nextPage, pageNumber + 1, last < list.totalCount),
  ];
}
