// Finds elements through open shadow roots, as Partner Center nests its content in them. The function is sent to the
// page as source text, so it must stay self-contained.

export interface DeepQuery {
  /** CSS selector matched in the document and in every open shadow root. */
  selector?: string;
  /** The element's whitespace-normalised text: equal to it, or matching it as a pattern when `pattern` is set. */
  text?: string;
  pattern?: boolean;
}

function deepQuery(query: DeepQuery): Element[] {
  const roots: (Document | ShadowRoot)[] = [document];
  const found: Element[] = [];
  const matchesText = (el: Element) => {
    if (query.text === undefined) return true;
    const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return query.pattern ? new RegExp(query.text).test(content) : content === query.text;
  };
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i] as Document | ShadowRoot;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el.matches(query.selector ?? '*') && matchesText(el)) found.push(el);
    }
  }
  // With a text query every ancestor matches too: keep the innermost elements.
  return query.text === undefined ? found : found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

/** A page expression giving the matching elements. */
export function deepQueryExpression(query: DeepQuery): string {
  // Some TypeScript transpilers wrap functions in a `__name` helper that does not exist in the page.
  return `((__name) => (${deepQuery.toString()})(${JSON.stringify(query)}))((f) => f)`;
}
