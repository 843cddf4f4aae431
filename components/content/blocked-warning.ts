import { el, onTrustedClick } from './dom';

export interface WarningContent {
  title: string;
  rule: string;
  blockedHeading: string;
  blockedActions: string[];
  waysOutHeading: string;
  untouched: string;
  dismissLabel: string;
  actions: { label: string; run: () => void }[];
}

/** The warning shown on pages that lead to a blocked action: the rule with its date, what is blocked, the ways out. */
export function renderBlockedWarning(content: WarningContent, onDismiss: () => void): HTMLElement {
  const titleId = 'mca-warning-title';
  const dismiss = el(
    'button',
    { type: 'button', class: 'dismiss', 'aria-label': content.dismissLabel, title: content.dismissLabel },
    '×',
  );
  onTrustedClick(dismiss, onDismiss);
  const buttons = content.actions.map(({ label, run }) => {
    const button = el('button', { type: 'button', class: 'way-out' }, label);
    onTrustedClick(button, run);
    return button;
  });
  return el(
    'section',
    { class: 'warning', role: 'alert', 'aria-labelledby': titleId },
    el('div', { class: 'warning-head' }, el('h2', { id: titleId }, content.title), dismiss),
    el('p', { class: 'rule' }, content.rule),
    el('h3', {}, content.blockedHeading),
    el('ul', { class: 'blocked' }, ...content.blockedActions.map((action) => el('li', {}, action))),
    el('h3', {}, content.waysOutHeading),
    el('div', { class: 'ways-out' }, ...buttons),
    el('p', { class: 'untouched' }, content.untouched),
  );
}
