import type { McaStatus } from '@/lib/mca/types';
import { el, onTrustedClick } from './dom';

export type BadgeState =
  | { kind: 'checking'; text: string }
  | { kind: 'unavailable'; text: string }
  | {
      kind: 'status';
      status: McaStatus;
      atRisk: boolean;
      certain: boolean;
      text: string;
      uncertainText: string;
      accessibleName: string;
    };

/** The small pill in the corner of a customer page; a button that opens the side panel on the customer. */
export function renderStatusBadge(state: BadgeState, onOpen: () => void): HTMLElement {
  const tone = state.kind !== 'status' ? 'neutral' : state.atRisk ? 'risk' : state.status === 'unknown' ? 'neutral' : 'ok';
  const button = el(
    'button',
    { type: 'button', class: `badge ${tone}`, 'data-mca-status': state.kind === 'status' ? state.status : state.kind },
    el('span', { class: 'dot', 'aria-hidden': 'true' }),
    el('span', { class: 'text' }, state.text),
    state.kind === 'status' && !state.certain ? el('span', { class: 'uncertain' }, `(${state.uncertainText})`) : null,
  );
  if (state.kind === 'status') button.setAttribute('aria-label', state.accessibleName);
  button.disabled = state.kind === 'checking';
  onTrustedClick(button, onOpen);
  return button;
}
