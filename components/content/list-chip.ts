import type { ListChip } from '@/lib/status/list-chip';
import { el } from './dom';

export const CHIP_HOST = 'mca-assistant-chip';

/** Only what a chip needs, in its own shadow root so that Partner Center's styles and ours stay apart. */
const CHIP_CSS = `:host { display: inline-block; margin-inline-start: 8px; vertical-align: middle; }
button { all: unset; display: inline-block; padding: 0 8px; border-radius: 999px; border: 1px solid #d1d1d1;
  background: #fff; color: #1b1b1b; font: 600 12px/20px 'Segoe UI', system-ui, sans-serif; cursor: pointer; white-space: nowrap; }
button::before { content: ''; display: inline-block; width: 8px; height: 8px; margin-inline-end: 4px; border-radius: 50%;
  background: #8a8a8a; vertical-align: middle; }
button:focus-visible { outline: 2px solid #005fb8; outline-offset: 2px; }
.ok::before { background: #0e7a0d; }
.risk { border-color: #b10e1c; color: #8a0a15; }
.risk::before { background: #b10e1c; }
.mark { font-weight: 700; }`;

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
        sharedSheet.replaceSync(CHIP_CSS);
      }
      root.adoptedStyleSheets = [sharedSheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused: the fallback below, from now on for every chip.
    }
    sharedSheet = null;
  }
  root.append(el('style', {}, CHIP_CSS));
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

/** The chip beside a customer's name on Partner Center's customer list; a button that opens the side panel on the customer. */
export function renderListChip(tenantId: string, button: HTMLButtonElement, onOpen: () => void): HTMLElement {
  const host = document.createElement(CHIP_HOST);
  host.dataset.tenant = tenantId;
  const root = host.attachShadow({ mode: 'open' });
  styleChip(root);
  const own = button.cloneNode(true) as HTMLButtonElement;
  own.addEventListener('click', (event) => {
    // The row itself may open the customer: the chip's click is the chip's alone.
    event.stopPropagation();
    onOpen();
  });
  root.append(own);
  return host;
}
