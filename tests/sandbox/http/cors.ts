// Only the extension talks to the API and the token endpoint cross-origin: Chrome/Edge and Firefox extension origins.
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXTENSION_ORIGIN =
  /^(?:chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const ALLOWED_HEADERS = [
  'Authorization',
  'Accept',
  'Content-Type',
  'MS-RequestId',
  'MS-CorrelationId',
  'MS-ContinuationToken',
  'MS-Contract-Version',
  'MS-PartnerCenter-Application',
  'MS-PartnerCenter-Client',
  'X-Locale',
].join(', ');
const EXPOSED_HEADERS = ['MS-RequestId', 'MS-CorrelationId', 'Retry-After', 'WWW-Authenticate'].join(', ');

export function isExtensionOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

/** Adds CORS headers for an extension origin; answers a preflight and returns true when the request was one. */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!isExtensionOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  res.end();
  return true;
}
