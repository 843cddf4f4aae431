import type { ListChip } from '@/lib/status/list-chip';
import { el } from './dom';

export const CHIP_HOST = 'mca-assistant-chip';

/** Only what a chip needs, inside its own shadow root: a page of 500 rows carries 500 copies. */
const CHIP_CSS = `:host { display: inline-block; margin-inline-start: 8px; vertical-align: middle; }
button { all: unset; display: inline-flex; align-items: center; gap: 4px; padding: 0 8px; border-radius: 999px; border: 1px solid #d1d1d1;
  background: #fff; color: #1b1b1b; font: 600 12px/20px 'Segoe UI', system-ui, sans-serif; cursor: pointer; white-space: nowrap; }
button:focus-visible { outline: 2px solid #005fb8; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #8a8a8a; }
.ok .dot { background: #0e7a0d; }
.risk { border-color: #b10e1c; color: #8a0a15; }
.risk .dot { background: #b10e1c; }
.mark { font-weight: 700; }`;

export interface ChipTexts {
  text: string;
  /** Shown as the chip's tooltip: how old the evidence is, or that none was seen. */
  age: string;
  atRisk?: string;
  accessibleName: string;
}

/** The chip beside a customer's name on Partner Center's customer list; a button that opens the side panel on the customer. */
export function renderListChip(tenantId: string, chip: ListChip, texts: ChipTexts, onOpen: () => void): HTMLElement {
  const host = document.createElement(CHIP_HOST);
  host.dataset.tenant = tenantId;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  const button = el(
    'button',
    {
      type: 'button',
      class: chip.tone,
      title: texts.age,
      'aria-label': texts.accessibleName,
      'data-mca-status': chip.kind === 'status' ? chip.status : chip.kind,
    },
    el('span', { class: 'dot', 'aria-hidden': 'true' }),
    texts.text,
    texts.atRisk ? el('span', { class: 'mark' }, ` · ${texts.atRisk}`) : null,
  );
  button.addEventListener('click', (event) => {
    // The row itself may open the customer: the chip's click is the chip's alone.
    event.stopPropagation();
    onOpen();
  });
  root.append(style, button);
  return host;
}
