// What a page renderer gets from the app, and what it gives back.
import type { LinkableRoute, PortalLocation } from '@/tests/sandbox/portal/route';
import type { PortalStrings } from '../strings';

export interface PageContext {
  strings: PortalStrings;
  location: PortalLocation;
  search: URLSearchParams;
  /** The path of a page, keeping the current locale segment. */
  href(route: LinkableRoute): string;
  /** Goes to a page of the app without reloading the document. */
  navigate(url: string): void;
  /** Renders the current page again. */
  reload(): void;
}

export interface RenderedPage {
  /** The document title's first part; the product name follows it. */
  title: string;
  content: Node[];
}
