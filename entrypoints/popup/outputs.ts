import type { DraftOutputs } from '@/components/popup/types';
import { sendMessage } from '@/lib/messaging';
import { openLinkHere } from '@/lib/platform/tabs';

// Long enough for the browser to have read the file; the URL is dropped after.
const BLOB_URL_LIFETIME_MS = 60_000;

async function copy({ html, text }: { html: string; text: string }): Promise<'rich' | 'plain'> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      return 'rich';
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text still helps.
    }
  }
  await navigator.clipboard.writeText(text);
  return 'plain';
}

function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'message/rfc822' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

export const draftOutputs: DraftOutputs = {
  copy,
  download,
  openMailto: openLinkHere,
  record: async (record) => void (await sendMessage('recordInvitation', record)),
};
