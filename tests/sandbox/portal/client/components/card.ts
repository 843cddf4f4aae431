// A titled card: a region named by its heading, as each block of a Partner Center page is.
import { type Child, h } from '../dom';

export function card(headingId: string, title: string, ...content: Child[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), '\n', ...content);
}
