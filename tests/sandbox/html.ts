// HTML the sandbox writes itself (sign-in, customer acceptance, agreement preview): every interpolated value is escaped
// unless it is already markup built by this same tag.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''),
  );
}

const STYLES = `
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #201f1e; }
  main { max-width: 36rem; margin: 3rem auto; background: #fff; padding: 2rem 2.5rem; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
  h1 { font-size: 1.5rem; font-weight: 600; margin-top: 0; }
  fieldset { border: 0; padding: 0; margin: 1rem 0; }
  legend { font-weight: 600; margin-bottom: .5rem; }
  label { display: block; padding: .5rem; border: 1px solid #c8c6c4; margin-bottom: .5rem; cursor: pointer; }
  button { background: #0067b8; color: #fff; border: 0; padding: .6rem 1.6rem; font-size: 1rem; cursor: pointer; margin-right: .5rem; }
  button.secondary { background: #e1dfdd; color: #201f1e; }
  .note { color: #605e5c; font-size: .875rem; }
  .error { color: #a4262c; font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { font-weight: 600; }
`;

export function htmlPage(options: { title: string; lang: string; body: SafeHtml }): string {
  return `<!doctype html>\n${html`<html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title><style>${new SafeHtml(STYLES)}</style></head><body><main>${options.body}</main></body></html>`.value}`;
}
