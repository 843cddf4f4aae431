type Child = Node | string | null | undefined | false;

/** Builds an element from text and child nodes only: nothing the page or the API says is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

/**
 * Runs `action` on the person's own clicks (mouse, Enter or Space) only: a click the page's scripts dispatch is not trusted
 * and does nothing, so Partner Center's page cannot press our buttons.
 */
export function onTrustedClick(element: HTMLElement, action: () => void): void {
  element.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}
