import { ACCOUNT_PAGE_LABELS, ACCOUNT_PAGE_LANGUAGES } from './account-page-labels';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const SECTION_TITLES = new Set(
  ACCOUNT_PAGE_LANGUAGES.flatMap((language) => ACCOUNT_PAGE_LABELS[language].sectionTitle.map(normalize)),
);

/** Every element of the document and of the open shadow roots below it, as Partner Center nests its pages in web components. */
export function* deepElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The text a reader sees under a node, shadow content included (textContent stops at shadow roots). */
export function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const element = node as Element;
  const children = [...Array.from(element.shadowRoot?.childNodes ?? []), ...Array.from(node.childNodes)];
  return children
    .filter((child) => !(child instanceof HTMLStyleElement || child instanceof HTMLScriptElement))
    .map(composedText)
    .join(node instanceof HTMLElement && getComputedStyle(node).display !== 'inline' ? '\n' : '');
}

const parentAcrossShadow = (node: Element): Element | null =>
  node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;

/**
 * The text of the Account page's Microsoft Customer Agreement section: found by its title in any language the reader
 * knows, then the smallest enclosing block that holds more than the title. Null while the page has not rendered it.
 */
export function findAgreementSectionText(document: Document): string | null {
  for (const element of deepElements(document)) {
    if (element.children.length > 0 || !SECTION_TITLES.has(normalize(element.textContent ?? ''))) continue;
    let container = parentAcrossShadow(element);
    for (let depth = 0; container && depth < 4; depth++, container = parentAcrossShadow(container)) {
      const text = composedText(container);
      if (normalize(text).length > normalize(element.textContent ?? '').length + 10) return text;
    }
  }
  return null;
}
