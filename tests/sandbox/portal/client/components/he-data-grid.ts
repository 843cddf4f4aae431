// The customer grid as Partner Center builds it (docs/partner-center-api.md §6.6): a web component whose tag name contains DATA-GRID, a
// <table> in its shadow root, rows `tr[role=row]#row-{tenantId}` with cells `#cell-{column}-{tenantId}`, the name a
// link-styled button with no href, and skeleton rows (`row-he-row-{n}`) until the data arrives.
import { h, openShadowRoot } from '../dom';
import { pageStyles } from '../styles/page';

export const DATA_GRID_TAG = 'customersvcadmin_he-data-grid';
export const GRID_BUTTON_TAG = 'customersvcadmin_he-button';

export interface GridColumn {
  key: string;
  heading: string;
}

export interface GridRowData {
  id: string;
  /** The first column's text, shown as a link-styled button that calls `open`. */
  name: string;
  cells: Readonly<Record<string, string>>;
  open(): void;
}

const gridStyles = `
.data-grid__table-header { white-space: nowrap; }
.data-grid__cell-content-wrapper { display: inline-flex; align-items: center; gap: 6px; }
.skeleton { display: inline-block; width: 120px; height: 12px; border-radius: 4px; background: #ebebeb; }
`;

/** `<customersvcadmin_he-button appearance="link">`: a button in a shadow root, its label slotted from the light DOM. */
export class HeButton extends HTMLElement {
  constructor() {
    super();
    const root = openShadowRoot(
      this,
      pageStyles,
      'button.link { border: none; background: none; padding: 0; min-height: 0; color: #0f6cbd; font-weight: 400; }',
    );
    root.append(h('button', { type: 'button', class: 'link', part: 'control' }, h('slot')));
  }
}

export class HeDataGrid extends HTMLElement {
  readonly #root = openShadowRoot(this, pageStyles, gridStyles);
  #columns: readonly GridColumn[] = [];

  setColumns(columns: readonly GridColumn[], label: string): void {
    this.#columns = columns;
    const header = h(
      'tr',
      { id: 'column-header', role: 'row' },
      ...columns.map((column) =>
        h('th', { id: `cell-${column.key}-column-header`, class: 'data-grid__table-header', scope: 'col' }, column.heading),
      ),
    );
    this.#root.replaceChildren(h('table', { 'aria-label': label }, h('thead', {}, header), h('tbody')));
  }

  /** Placeholder rows, as the real grid shows while it loads. */
  showSkeleton(count: number): void {
    this.#body().replaceChildren(
      ...Array.from({ length: count }, (_, index) =>
        h(
          'tr',
          { id: `row-he-row-${index}`, role: 'row', 'aria-busy': 'true' },
          ...this.#columns.map(() => h('td', {}, h('span', { class: 'skeleton' }))),
        ),
      ),
    );
  }

  showRows(rows: readonly GridRowData[]): void {
    this.#body().replaceChildren(...rows.map((row) => this.#row(row)));
  }

  #row(row: GridRowData): HTMLTableRowElement {
    const [first, ...rest] = this.#columns;
    const button = document.createElement(GRID_BUTTON_TAG);
    button.setAttribute('appearance', 'link');
    button.append(row.name);
    button.addEventListener('click', row.open);
    const wrap = (content: Node | string) => h('span', { class: 'data-grid__cell-content-wrapper' }, content);
    return h(
      'tr',
      { id: `row-${row.id}`, role: 'row' },
      h('th', { id: `cell-${first?.key ?? 'name'}-${row.id}`, class: 'data-grid__cell', scope: 'row' }, wrap(button)),
      ...rest.map((column) =>
        h('td', { id: `cell-${column.key}-${row.id}`, class: 'data-grid__cell' }, wrap(row.cells[column.key] ?? '')),
      ),
    );
  }

  #body(): HTMLTableSectionElement {
    const body = this.#root.querySelector('tbody');
    if (!body) throw new Error('setColumns first');
    return body;
  }
}
