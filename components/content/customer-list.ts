// Partner Center's customer list, annotated: a chip beside each customer's name from local records, and, signed in, a
// button above the grid that checks the customers shown through the API. Rows are found by the tenant id the grid exposes
// (lib/partner-center/customer-grid.ts); a debounced observer on each grid's shadow root follows paging, search and the
// swap of skeleton rows. Nothing of Partner Center's is moved or covered: chips sit after the name, the button before the grid.
import { createTranslator, type Translator } from '@/lib/i18n/translator';
import { resolveUiLocale, type UiLocale } from '@/lib/i18n/locale';
import { isAtRisk, MCA_STATUSES, statusLabel } from '@/lib/mca';
import type { contentProtocol } from '@/lib/messaging/content-protocol';
import { rowsToAnnotate, type GridRow } from '@/lib/partner-center/customer-grid';
import { chipOf, type ListChip, type ListedStatus } from '@/lib/status/list-chip';
import { pageCatalogs } from '@/locales/page-catalog';
import type * as z from 'zod/mini';
import { CHIP_HOST, listChipButton, renderListChip, setChipWidth, showListChip, widestChip } from './list-chip';

type Protocol = typeof contentProtocol;
type Response<K extends keyof Protocol> = z.output<Protocol[K]['response']>;

export interface CustomerListDeps {
  getListedStatuses(tenantIds: string[]): Promise<Response<'getListedStatuses'>>;
  checkCustomer(tenantId: string): Promise<Response<'getCustomerStatus'>>;
  openSidePanel(tenantId: string): void;
  now(): Date;
}

const GRID_TAG = /DATA-GRID/i;
const CHECK_HOST = 'mca-assistant-list-check';
/** Looks for the grid often until it shows (before its skeleton rows are swapped for customers), then now and then. */
const FIND_GRIDS_EVERY_MS = [100, 1000] as const;
const CHECK_CSS = `:host { display: flex; align-items: center; gap: 12px; margin: 0 0 8px; font: 14px/1.4 'Segoe UI', system-ui, sans-serif; }
button { font: inherit; font-weight: 600; padding: 4px 12px; border-radius: 4px; border: 1px solid #0f6cbd; background: #fff; color: #0f6cbd; cursor: pointer; }
button:disabled { cursor: progress; color: #5c5c5c; border-color: #d1d1d1; }
button:focus-visible { outline: 2px solid #005fb8; outline-offset: 2px; }`;

interface Row extends GridRow {
  element: HTMLTableRowElement;
}

function* gridsIn(root: Document | ShadowRoot): Generator<Element & { shadowRoot: ShadowRoot }> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!element.shadowRoot) continue;
    if (GRID_TAG.test(element.tagName)) yield element as Element & { shadowRoot: ShadowRoot };
    else yield* gridsIn(element.shadowRoot);
  }
}

/** The grid's rows; cells and links are read only for rows whose own id names no customer (most rows name theirs). */
function rowsOf(grid: ShadowRoot): Row[] {
  return Array.from(grid.querySelectorAll<HTMLTableRowElement>('tr'), (element) => ({
    element,
    id: element.id,
    get cellIds() {
      return Array.from(element.querySelectorAll('[id]'), (cell) => cell.id);
    },
    get hrefs() {
      return Array.from(element.querySelectorAll('a[href]'), (link) => link.getAttribute('href') ?? '');
    },
  }));
}

const tenantsIn = (grid: ShadowRoot) => rowsToAnnotate(rowsOf(grid)).map(({ tenantId }) => tenantId);

function removeChips(root: ParentNode): void {
  for (const chip of Array.from(root.querySelectorAll(CHIP_HOST))) chip.remove();
}

/** Where the chip goes: after the name (the name cell's content), else at the end of the row's first cell. */
function chipPlace(row: HTMLTableRowElement): Element | null {
  const nameCell = row.querySelector('[id^="cell-displayName-"]') ?? row.querySelector('th, td');
  return nameCell?.querySelector('.data-grid__cell-content-wrapper') ?? nameCell;
}

export function createCustomerListFeature(deps: CustomerListDeps) {
  let t: Translator<string> = createTranslator(pageCatalogs, resolveUiLocale('auto', navigator.languages)) as Translator<string>;
  const known = new Map<string, ListedStatus>();
  /** The request that brings each customer's kept status, asked once per customer while the list is shown. */
  const asked = new Map<string, Promise<void>>();
  /** The customers whose request has come back (with their status, or without one: not checked). */
  const answered = new Set<string>();
  const widths = new Map<UiLocale, number>();
  /** The chip's button for each state, cloned into each row in that state: 500 rows share a handful. */
  const buttons = new Map<string, HTMLButtonElement>();
  const observers = new Map<ShadowRoot, MutationObserver>();
  let signedIn = false;
  let active = false;
  let finder: ReturnType<typeof setTimeout> | undefined;
  let checking: { done: number; failed: number; total: number } | null = null;

  const setLocale = (locale: UiLocale) => {
    if (locale !== t.locale) t = createTranslator(pageCatalogs, locale) as Translator<string>;
  };

  /** What the tenant's chip shows now, or nothing while its kept status is on its way; the key tells an up-to-date chip. */
  function chipState(tenantId: string, now: Date) {
    if (!known.has(tenantId) && asked.has(tenantId) && !answered.has(tenantId)) return null;
    const chip = chipOf(known.get(tenantId), now);
    return { chip, key: `${t.locale} ${JSON.stringify(chip)}` };
  }

  function buttonFor({ chip, key }: { chip: ListChip; key: string }): HTMLButtonElement {
    const kept = buttons.get(key);
    if (kept) return kept;
    const button = chipButton(chip, t);
    buttons.set(key, button);
    return button;
  }

  function chipButton(chip: ListChip, t: Translator<string>): HTMLButtonElement {
    const text =
      chip.kind === 'status'
        ? t.t('page.badge.label', { status: t.render(statusLabel(chip.status)) })
        : t.t('page.list.notChecked');
    const age =
      chip.kind === 'not-checked' || chip.ageDays === undefined
        ? t.t('page.list.noEvidence')
        : chip.ageDays === 0
          ? t.t('page.list.ageToday')
          : t.t('page.list.ageDays', { days: chip.ageDays });
    const atRisk = chip.kind === 'status' && chip.atRisk ? t.t('page.list.atRisk') : undefined;
    const accessibleName = t.t('page.list.open', { chip: atRisk ? `${text}, ${atRisk}` : text, age });
    return listChipButton(chip, { text, age, ...(atRisk && { atRisk }), accessibleName });
  }

  /** The widest label a chip can show in the page's language: every chip is that wide, measured once per language. */
  function chipWidth(): number {
    let width = widths.get(t.locale);
    if (width === undefined) {
      const chips: ListChip[] = [
        { kind: 'not-checked', tone: 'neutral' },
        ...MCA_STATUSES.flatMap((status) => [true, false].map((atRisk) => chipOf({ status, atRisk }, new Date(0)))),
      ];
      width = widestChip(chips.map((chip) => chipButton(chip, t)));
      widths.set(t.locale, width);
    }
    return width;
  }

  /**
   * Puts one chip in each row that names a customer, and removes chips from rows that no longer do. A chip whose customer's
   * kept status is on its way holds its place, so that it comes in the same frame as its row; once the status is in, the
   * chip is filled in place, which does not lay out the page's table again.
   */
  function annotateGrid(grid: ShadowRoot, now: Date): void {
    const rows = rowsOf(grid);
    const annotated = rowsToAnnotate(rows);
    const kept = new Set(annotated.map(({ row }) => row.element));
    for (const row of rows) if (!kept.has(row.element)) removeChips(row.element);
    for (const { row, tenantId } of annotated) {
      const state = chipState(tenantId, now);
      const found = Array.from(row.element.getElementsByTagName(CHIP_HOST)) as HTMLElement[];
      let chip = found.length === 1 && found[0]!.dataset.tenant === tenantId ? found[0]! : undefined;
      if (!chip) {
        removeChips(row.element);
        chip = renderListChip(tenantId);
        chipPlace(row.element)?.append(chip);
      }
      if (state && chip.dataset.key !== state.key) {
        showListChip(chip, state.key, buttonFor(state), () => deps.openSidePanel(tenantId));
      }
    }
  }

  function visibleTenants(): string[] {
    return [...observers.keys()].flatMap(tenantsIn);
  }

  /** The button above the grid, signed in only; made once, then only its text and state change, so that focus stays on it. */
  function renderCheckButton(grid: Element): void {
    const parent = grid.parentNode;
    let host = parent?.querySelector<HTMLElement>(`:scope > ${CHECK_HOST}`) ?? null;
    if (!signedIn) return void host?.remove();
    if (!parent) return;
    if (!host) {
      host = document.createElement(CHECK_HOST);
      const style = document.createElement('style');
      style.textContent = CHECK_CSS;
      const button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => void checkShown());
      const progress = document.createElement('span');
      progress.setAttribute('role', 'status');
      host.attachShadow({ mode: 'open' }).append(style, button, progress);
      parent.insertBefore(host, grid);
    }
    const [button, progress] = Array.from(host.shadowRoot!.querySelectorAll('button, span')) as [
      HTMLButtonElement,
      HTMLSpanElement,
    ];
    button.textContent = t.t('page.list.check');
    button.disabled = checking !== null && checking.done < checking.total;
    if (!checking) return;
    const params = { done: checking.done, total: checking.total, failed: checking.failed };
    progress.textContent =
      checking.done < checking.total
        ? t.t('page.list.checking', params)
        : checking.failed > 0
          ? t.t('page.list.failed', params)
          : t.t('page.list.checked', params);
  }

  /** Asks the kept statuses of the customers not asked yet; settles when every one of these customers' answer is in. */
  function askStatuses(tenantIds: string[]): Promise<unknown> {
    const missing = tenantIds.filter((tenantId) => !asked.has(tenantId));
    if (missing.length > 0) {
      const request = deps.getListedStatuses(missing).then(
        (answer) => {
          setLocale(answer.uiLocale);
          signedIn = answer.signedIn;
          for (const { tenantId, ...status } of answer.statuses) known.set(tenantId, status);
          for (const tenantId of missing) answered.add(tenantId);
        },
        () => {
          // Unknown stays "not checked"; a later change of the rows asks again.
          for (const tenantId of missing) asked.delete(tenantId);
        },
      );
      for (const tenantId of missing) asked.set(tenantId, request);
    }
    return Promise.all(new Set(tenantIds.flatMap((tenantId) => asked.get(tenantId) ?? [])));
  }

  /** One pass over every grid with what is known now: run in the same task as the rows' change, so before their frame. */
  function annotateNow(): void {
    if (!active) return;
    // Before any chip of a new language is placed or filled; a change of width lays the table out once.
    setChipWidth(
      chipWidth(),
      [...observers.keys()].flatMap((grid) => Array.from(grid.querySelectorAll<HTMLElement>(CHIP_HOST))),
    );
    const now = deps.now();
    for (const [grid, observer] of observers) {
      annotateGrid(grid, now);
      // Our own chips coming and going need no new pass.
      observer.takeRecords();
      renderCheckButton(grid.host);
    }
  }

  /** Places the chips at once, then fills them when the kept statuses of customers not asked yet are in. */
  async function annotate(): Promise<void> {
    const statuses = askStatuses(visibleTenants());
    annotateNow();
    await statuses;
    annotateNow();
  }

  function findGrids(): void {
    let found = false;
    for (const grid of gridsIn(document)) {
      if (observers.has(grid.shadowRoot)) continue;
      // A MutationObserver's callback runs before the page renders the change it reports: the chips' places come with the rows.
      const observer = new MutationObserver(() => void annotate());
      observer.observe(grid.shadowRoot, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'href'] });
      observers.set(grid.shadowRoot, observer);
      found = true;
    }
    for (const [grid, observer] of observers) {
      if (grid.host.isConnected) continue;
      observer.disconnect();
      observers.delete(grid);
    }
    if (found) void annotate();
  }

  async function checkShown(): Promise<void> {
    const tenantIds = visibleTenants();
    checking = { done: 0, failed: 0, total: tenantIds.length };
    void annotate();
    // One at a time: the background's client keeps within the partner's rate limit and honours Retry-After.
    for (const tenantId of tenantIds) {
      if (!active) return;
      try {
        const { assessment, evidence } = await deps.checkCustomer(tenantId);
        const evidenceAt = evidence.reduce<string | undefined>(
          (newest, piece) => (newest === undefined || piece.observedAt > newest ? piece.observedAt : newest),
          undefined,
        );
        known.set(tenantId, { status: assessment.status, atRisk: isAtRisk(assessment), ...(evidenceAt && { evidenceAt }) });
      } catch {
        checking.failed += 1;
      }
      checking.done += 1;
      await annotate();
    }
  }

  function stop(): void {
    active = false;
    clearTimeout(finder);
    for (const [grid, observer] of observers) {
      observer.disconnect();
      removeChips(grid);
      grid.host.parentNode?.querySelector(`:scope > ${CHECK_HOST}`)?.remove();
    }
    observers.clear();
    checking = null;
  }

  return {
    /** Starts on the customer list (and keeps looking for its grid, which Partner Center renders later); stops elsewhere. */
    onNavigate(isCustomerList: boolean): void {
      // Paging changes the list's URL without leaving it: what is shown and being checked carries on.
      if (isCustomerList && active) return;
      stop();
      if (!isCustomerList) return;
      active = true;
      asked.clear();
      answered.clear();
      const lookAgain = () => {
        findGrids();
        finder = setTimeout(lookAgain, FIND_GRIDS_EVERY_MS[observers.size > 0 ? 1 : 0]);
      };
      lookAgain();
    },
    stop,
  };
}
