// <pc-page>: one routed page; a new one per navigation, as Partner Center's router does.
import { h, openShadowRoot } from '../dom';
import { cardStyles } from '../styles/card';
import { pageStyles } from '../styles/page';

export class PcPage extends HTMLElement {
  readonly #root = openShadowRoot(this, pageStyles, cardStyles);

  showLoading(label: string): void {
    this.setAttribute('aria-busy', 'true');
    this.#root.replaceChildren(
      h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label),
    );
  }

  show(content: readonly Node[]): void {
    this.removeAttribute('aria-busy');
    this.#root.replaceChildren(...content);
  }

  focusHeading(): void {
    this.#root.querySelector('h1')?.focus({ preventScroll: true });
  }
}
