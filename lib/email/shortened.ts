// Shorter forms of an email for a mailto: link that cannot hold the full text: each keeps what the customer needs to act
// (every link), the first as much of the rest as it can, and all end with the note that the full text was copied.
import type { Block, InvitationDocument } from './document';
import { renderText } from './render-text';

type Signature = Extract<Block, { type: 'signature' }>;

const isParagraph = (block: Block | undefined): block is Extract<Block, { type: 'paragraph' }> => block?.type === 'paragraph';

/**
 * From the longest to the shortest: greeting, each link under the sentence that asks to open it, signature, note; then the
 * signature cut to the sender's name; then the links without their sentences; then the links and the note alone.
 * The caller falls back to the note alone when none fits.
 */
export function shortenedBodies(document: InvitationDocument, note: string): string[] {
  const { blocks } = document;
  const greeting = isParagraph(blocks[0]) ? [blocks[0]] : [];
  const links = blocks.filter((block) => block.type === 'link');
  const linksWithRequests = blocks.flatMap((block, index) => {
    if (block.type !== 'link') return [];
    const request = blocks[index - 1];
    return isParagraph(request) && index - 1 > 0 ? [request, block] : [block];
  });
  const signature = blocks.find((block): block is Signature => block.type === 'signature');
  const signed = signature ? [signature] : [];
  const named = signature ? [{ ...signature, lines: [signature.name] }] : [];
  const noteBlock: Block = { type: 'paragraph', text: note };
  const variants: Block[][] = [
    [...greeting, ...linksWithRequests, ...signed, noteBlock],
    [...greeting, ...linksWithRequests, ...named, noteBlock],
    [...greeting, ...links, ...named, noteBlock],
    [...links, noteBlock],
  ];
  return variants.map((variant) => renderText({ ...document, blocks: variant }));
}
