// <pc-shell>: Partner Center's frame (header bar, main area) around the current <pc-page>.
import { h, openShadowRoot } from '../dom';
import type { PortalStrings } from '../strings';
import { shellStyles } from '../styles/shell';
import type { PcPage } from './pc-page';

export class PcShell extends HTMLElement {
  readonly #brand = h('a', { class: 'brand' });
  readonly #badge = h('span', { class: 'sandbox-badge' });
  readonly #main = h('main');

  constructor() {
    super();
    const waffle = h('span', { class: 'waffle', 'aria-hidden': 'true' }, ...Array.from({ length: 9 }, () => h('span')));
    const avatar = h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'SA');
    openShadowRoot(this, shellStyles).append(
      h('header', { class: 'topbar' }, waffle, this.#brand, this.#badge, h('span', { class: 'spacer' }), avatar),
      this.#main,
    );
  }

  setChrome(strings: PortalStrings, homeHref: string): void {
    this.#brand.textContent = strings.productName;
    this.#brand.href = homeHref;
    this.#badge.textContent = strings.sandboxBadge;
    this.#badge.title = strings.sandboxBadgeTitle;
  }

  showPage(page: PcPage): void {
    this.#main.replaceChildren(page);
  }
}
