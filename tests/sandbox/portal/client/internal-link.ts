// Which clicks the app handles itself: plain clicks on links to its own pages, even inside shadow roots.
import { parsePortalPath } from '../route';

export function internalLinkTarget(event: MouseEvent): string | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return undefined;
  const anchor = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
  if (!anchor?.href || (anchor.target !== '' && anchor.target !== '_self') || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || !parsePortalPath(url.pathname)) return undefined;
  return url.pathname + url.search + url.hash;
}
