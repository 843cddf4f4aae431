import type { ListChip } from '@/lib/status/list-chip';
import { el } from './dom';

export const CHIP_HOST = 'mca-assistant-chip';
/** The chip of a row whose customer's kept status is still on its way: its place is held, nothing is shown yet. */
export const PENDING_KEY = 'pending';

/** The chip's button: the same in every chip and in the measure of the widest label. */
const BUTTON_CSS = `button { all: unset; display: inline-block; box-sizing: border-box; max-width: 100%; overflow: hidden;
  text-overflow: ellipsis; padding: 0 8px; border-radius: 999px; border: 1px solid #d1d1d1; background: #fff; color: #1b1b1b;
  font: 600 12px/20px 'Segoe UI', system-ui, sans-serif; cursor: pointer; white-space: nowrap; }
button::before { content: ''; display: inline-block; width: 8px; height: 8px; margin-inline-end: 4px; border-radius: 50%;
  background: #8a8a8a; vertical-align: middle; }
button:focus-visible { outline: 2px solid #005fb8; outline-offset: 2px; }
.ok::before { background: #0e7a0d; }
.risk { border-color: #b10e1c; color: #8a0a15; }
.risk::before { background: #b10e1c; }
.mark { font-weight: 700; }`;
/** 20px of line and 2px of border. */
const CHIP_HEIGHT_PX = 22;

/**
 * The chip holds a fixed box as wide as the widest label: size containment keeps what it shows out of the page's own
 * layout, so that filling 500 chips does not lay out Partner Center's whole table again; and a chip out of view is not
 * styled, laid out or painted (content-visibility) until it is scrolled to, while its button stays in the accessibility tree.
 */
const chipCss = (widthPx: number) =>
  `:host { display: inline-block; contain: strict; content-visibility: auto; width: ${widthPx}px; height: ${CHIP_HEIGHT_PX}px;
  margin-inline-start: 8px; vertical-align: middle; }
${BUTTON_CSS}`;

/** Until measured: room for the longest English label. */
let widthPx = 340;
/** The chips' one stylesheet; null once the browser refused to let a content script's sheet style the page's nodes. */
let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * Styles a chip's shadow root with the stylesheet all chips share, so that a page of 500 rows parses, matches and lays
 * out one sheet rather than 500 copies; where adopting is refused (Firefox before 153 in content scripts), a `<style>`.
 */
function styleChip(root: ShadowRoot): void {
  if (sharedSheet !== null) {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(chipCss(widthPx));
      }
      root.adoptedStyleSheets = [sharedSheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused: the fallback below, from now on for every chip.
    }
    sharedSheet = null;
  }
  root.append(el('style', {}, chipCss(widthPx)));
}

/** The width of the widest of these buttons as drawn, measured off screen. */
export function widestChip(buttons: HTMLButtonElement[]): number {
  const probe = document.createElement(CHIP_HOST);
  probe.style.cssText =
    'position: fixed; top: 0; left: 0; visibility: hidden; contain: layout; display: block; width: max-content';
  const root = probe.attachShadow({ mode: 'open' });
  root.append(el('style', {}, BUTTON_CSS), ...buttons.map((button) => el('div', {}, button.cloneNode(true))));
  document.documentElement.append(probe);
  const widest = Math.max(...Array.from(root.querySelectorAll('button'), (button) => button.getBoundingClientRect().width));
  probe.remove();
  return Math.ceil(widest) + 1;
}

/** Gives every chip, these and those to come, this width (the widest label of the page's language). */
export function setChipWidth(width: number, chips: Iterable<HTMLElement>): void {
  if (width === widthPx || !(width > 1)) return;
  widthPx = width;
  if (sharedSheet) return void sharedSheet.replaceSync(chipCss(widthPx));
  for (const chip of chips) {
    const style = chip.shadowRoot?.querySelector('style');
    if (style) style.textContent = chipCss(widthPx);
  }
}

export interface ChipTexts {
  text: string;
  /** Shown as the chip's tooltip: how old the evidence is, or that none was seen. */
  age: string;
  atRisk?: string;
  accessibleName: string;
}

/** A chip's button for one state, to clone into every row in that state. */
export function listChipButton(chip: ListChip, texts: ChipTexts): HTMLButtonElement {
  // The dot before the text is the button's ::before: one element fewer to lay out per row.
  return el(
    'button',
    {
      type: 'button',
      class: chip.tone,
      title: texts.age,
      'aria-label': texts.accessibleName,
      'data-mca-status': chip.kind === 'status' ? chip.status : chip.kind,
    },
    texts.text,
    texts.atRisk ? el('span', { class: 'mark' }, ` · ${texts.atRisk}`) : null,
  );
}

/** The chip beside a customer's name on Partner Center's customer list, its place held until `showListChip` fills it. */
export function renderListChip(tenantId: string): HTMLElement {
  const host = document.createElement(CHIP_HOST);
  host.dataset.tenant = tenantId;
  host.dataset.key = PENDING_KEY;
  styleChip(host.attachShadow({ mode: 'open' }));
  return host;
}

/** Shows a state in a chip, in place: a button that opens the side panel on the chip's customer. */
export function showListChip(host: HTMLElement, key: string, button: HTMLButtonElement, onOpen: () => void): void {
  const own = button.cloneNode(true) as HTMLButtonElement;
  own.addEventListener('click', (event) => {
    // The row itself may open the customer: the chip's click is the chip's alone.
    event.stopPropagation();
    onOpen();
  });
  const root = host.shadowRoot!;
  root.querySelector('button')?.remove();
  root.append(own);
  host.dataset.key = key;
}
