// The sandbox's Partner Center pages: the app shell on dashboard paths, the SPA's assets and its JSON backend.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handlePortalApi } from './api';
import { portalClientScript } from './client-bundle';
import { documentStyles } from './client/styles/document';
import { redirect, sendBody, sendJson } from './http';
import { parsePortalPath, portalPath } from './route';
import { PORTAL_SCRIPT_PATH, PORTAL_STYLESHEET_PATH, shellHtml } from './shell-html';
import type { PortalDeps } from './types';

export type PortalHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

const API_PREFIX = '/_portal/api/';

export function createPortalHandler(deps: PortalDeps): PortalHandler {
  // Bundling takes a moment: start at sandbox start rather than on the first page load.
  portalClientScript().catch(() => undefined);

  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    if (path === '/') {
      redirect(res, portalPath('', { page: 'customer-list' }));
      return true;
    }
    if (path.startsWith(API_PREFIX)) return handlePortalApi(deps, path.slice(API_PREFIX.length), url.searchParams, res);
    if (path === PORTAL_SCRIPT_PATH) {
      sendClientScript(res);
      return true;
    }
    if (path === PORTAL_STYLESHEET_PATH) {
      sendBody(res, 200, 'text/css; charset=utf-8', documentStyles, 'no-cache');
      return true;
    }
    const location = parsePortalPath(path);
    if (!location) return false;
    sendBody(res, 200, 'text/html; charset=utf-8', shellHtml(location.language));
    return true;
  };
}

function sendClientScript(res: ServerResponse): void {
  portalClientScript().then(
    (script) => sendBody(res, 200, 'text/javascript; charset=utf-8', script, 'no-cache'),
    (error: unknown) => sendJson(res, 500, { error: 'ClientBundleFailed', message: String(error) }),
  );
}
