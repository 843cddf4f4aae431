// The one HTML document of the single-page app; only its language differs, by the URL's locale segment.
import { stringsFor } from './client/strings';
import type { PortalLanguage } from './route';

export const PORTAL_SCRIPT_PATH = '/_portal/app.js';
export const PORTAL_STYLESHEET_PATH = '/_portal/app.css';

export function shellHtml(language: PortalLanguage): string {
  const { locale, productName } = stringsFor(language);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${productName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PORTAL_STYLESHEET_PATH}">
<script type="module" src="${PORTAL_SCRIPT_PATH}"></script>
</head>
<body>
<pc-shell></pc-shell>
<noscript>Partner Center needs JavaScript.</noscript>
</body>
</html>
`;
}
