// Following Partner Center's paged collections (docs/partner-center-api.md §5.2, §2.8).
import type { ResourceLink } from './schemas';

/**
 * `links.next.uri` is relative: with the version (`/v1/customers?...`), without it (`/customers?...`, as Partner
 * Center's own examples show), or bare (`customers?...`). Absolute links are kept as they are.
 */
export function nextLinkTarget(uri: string): string {
  if (/^https?:\/\//i.test(uri)) return uri;
  if (/^\/v\d+\//i.test(uri)) return uri;
  return `/v1/${uri.replace(/^\/+/, '')}`;
}

/** Every header the next link lists (`MS-ContinuationToken`), to send with the request for the next page. */
export function nextLinkHeaders(link: ResourceLink): Record<string, string> {
  return Object.fromEntries(link.headers.map(({ key, value }) => [key, value]));
}
