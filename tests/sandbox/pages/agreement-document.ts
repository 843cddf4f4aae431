// The targets of an agreement document's links: a preview page (displayUri) and a small Word-readable file
// (downloadUri, RTF). Gone (410) once the five minutes are over, as Partner Center's links are.
import type { ServerResponse } from 'node:http';
import type { DocumentLinks } from '../api/agreement-documents';
import type { SandboxClock } from '../clock';
import { html, htmlPage } from '../html';
import { send, sendHtml } from '../http/respond';

const TITLES: Record<string, string> = {
  'fr-FR': 'Contrat client Microsoft',
  'de-DE': 'Microsoft-Kundenvertrag',
  'nl-NL': 'Microsoft-klantovereenkomst',
};

function rtf(text: string): string {
  const escaped = [...text]
    .map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0)}?` : c.replace(/[\\{}]/g, '\\$&')))
    .join('');
  return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Segoe UI;}}\\f0\\fs24 ${escaped}\\par}`;
}

export function handleDocumentLink(
  res: ServerResponse,
  token: string,
  target: string,
  links: DocumentLinks,
  clock: SandboxClock,
): void {
  const link = links.get(token);
  if (!link || (target !== 'display' && target !== 'download')) {
    return sendHtml(
      res,
      404,
      htmlPage({ title: 'Not found', lang: 'en', body: html`<h1>Not found</h1><p>This agreement link does not exist.</p>` }),
    );
  }
  if (clock.nowMs() >= link.expiresAt) {
    return sendHtml(
      res,
      410,
      htmlPage({
        title: 'Link expired',
        lang: 'en',
        body: html`<h1>Link expired</h1><p>Agreement links expire five minutes after they are issued. Ask Partner Center for a new one.</p>`,
      }),
    );
  }
  const title = TITLES[link.language] ?? 'Microsoft Customer Agreement';
  const summary = `${title} (${link.language}, ${link.country}) — sandbox copy: the real text is at https://aka.ms/customeragreement.`;
  if (target === 'download') {
    const name = `MicrosoftCustomerAgreement_${link.country}_${link.language}.rtf`;
    return send(res, 200, 'application/rtf', rtf(summary), {
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
  }
  sendHtml(res, 200, htmlPage({ title, lang: link.language, body: html`<h1>${title}</h1><p>${summary}</p>` }));
}
