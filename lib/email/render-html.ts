import type { Block, DetailRow, InvitationDocument } from './document';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for both element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

// Inline styles only: mail clients drop <style> blocks and never load external resources.
const STYLE = {
  body: "font-family:'Segoe UI',Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1b1b1b;max-width:640px",
  paragraph: 'margin:0 0 12px',
  title: 'margin:0 0 4px;font-weight:bold',
  link: 'color:#0067b8;word-break:break-all',
  list: 'margin:0 0 12px;padding-left:24px',
  item: 'margin:0 0 4px',
  table: 'border-collapse:collapse;margin:0 0 12px',
  label: 'padding:2px 16px 2px 0;color:#505050;vertical-align:top',
  value: 'padding:2px 0;vertical-align:top',
  verbatim: "font-family:Consolas,'Courier New',monospace;font-size:14px",
};

function valueHtml(row: DetailRow): string {
  const value = escapeHtml(row.value);
  return row.verbatim ? `<code style="${STYLE.verbatim}">${value}</code>` : value;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
    case 'link': {
      const url = escapeHtml(block.url);
      return `<p style="${STYLE.paragraph}"><a href="${url}" style="${STYLE.link}">${url}</a></p>`;
    }
    case 'steps':
      return [
        `<ol style="${STYLE.list}">`,
        ...block.items.map((item) => `<li style="${STYLE.item}">${escapeHtml(item)}</li>`),
        '</ol>',
      ].join('\n');
    case 'details':
      return [
        `<p style="${STYLE.title}">${escapeHtml(block.title)}</p>`,
        `<table role="presentation" cellpadding="0" cellspacing="0" style="${STYLE.table}">`,
        ...block.rows.map(
          (row) =>
            `<tr><td style="${STYLE.label}">${escapeHtml(row.label)}</td><td style="${STYLE.value}">${valueHtml(row)}</td></tr>`,
        ),
        '</table>',
      ].join('\n');
    case 'signature':
      return `<p style="${STYLE.paragraph}">${[block.closing, ...block.lines].map(escapeHtml).join('<br>')}</p>`;
  }
}

/** A whole HTML document, every value escaped, suitable for the clipboard or an .eml part. */
export function renderHtml(document: InvitationDocument): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${document.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(document.subject)}</title>`,
    '</head>',
    '<body>',
    `<div style="${STYLE.body}">`,
    ...document.blocks.map(blockHtml),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
