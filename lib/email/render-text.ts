import type { Block, InvitationDocument } from './document';
import { EMAIL_TEXTS, fill } from './templates';

function blockText(block: Block, detailRow: string): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'link':
      return block.url;
    case 'steps':
      return block.items.map((item, index) => `${index + 1}. ${item}`).join('\n');
    case 'details':
      return [block.title, ...block.rows.map((row) => fill(detailRow, { label: row.label, value: row.value }))].join('\n');
    case 'signature':
      return [block.closing, ...block.lines].join('\n');
  }
}

/** Plain text, `\n` line breaks, links written out in full; a link sits right under the sentence that introduces it. */
export function renderText(document: InvitationDocument): string {
  const detailRow = EMAIL_TEXTS[document.locale].common.detailRow;
  return document.blocks
    .map((block, index) => (index === 0 ? '' : block.type === 'link' ? '\n' : '\n\n') + blockText(block, detailRow))
    .join('');
}
