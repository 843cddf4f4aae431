// What the purchase buttons open: nothing is ordered in the sandbox.
import { h } from '../dom';
import type { PortalStrings } from '../strings';

export function orderDialog(strings: PortalStrings): HTMLDialogElement {
  const close = h('button', { type: 'button', class: 'primary', autofocus: true }, strings.close);
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'order-dialog-heading' },
    h('h2', { id: 'order-dialog-heading' }, strings.orderSubmitted),
    h('p', {}, strings.orderSubmittedDetail),
    h('div', { class: 'dialog-actions' }, close),
  );
  close.addEventListener('click', () => dialog.close());
  return dialog;
}
