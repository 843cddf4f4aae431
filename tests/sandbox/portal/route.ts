// Partner Center's page URLs, read by the server (which paths get the app shell) and by the SPA (what to render).

export type PortalLanguage = 'en' | 'fr';

export type CustomerTab = 'account' | 'subscriptions' | 'service-management';

export type PortalRoute = { page: 'customer-list' } | { page: CustomerTab; tenantId: string } | { page: 'unknown' };

export type LinkableRoute = Exclude<PortalRoute, { page: 'unknown' }>;

export interface PortalLocation {
  /** The locale segment, lower-case, that links keep (`fr-fr`), or '' when the URL has none. */
  locale: string;
  language: PortalLanguage;
  route: PortalRoute;
}

const LANGUAGE_OF_LOCALE: Readonly<Record<string, PortalLanguage>> = { 'en-us': 'en', 'fr-fr': 'fr' };

const TAB_SEGMENTS: Readonly<Record<CustomerTab, string>> = {
  account: 'account',
  subscriptions: 'subscriptions',
  'service-management': 'servicemanagementpage',
};

const DASHBOARD_PATH = /^\/(?:([a-z]{2}-[a-z]{2})\/)?(?:dashboard(?:\/(.*))?|commerce\/(customers(?:\/.*)?))$/i;
const CUSTOMER_AREAS = new Set(['v2', 'commerce2']);

/** Where a dashboard path (or the Customers tab's `/commerce/customers/…` form) leads, or undefined for any other path. */
export function parsePortalPath(pathname: string): PortalLocation | undefined {
  const match = DASHBOARD_PATH.exec(pathname);
  if (!match) return undefined;
  const locale = match[1]?.toLowerCase() ?? '';
  const language = locale ? LANGUAGE_OF_LOCALE[locale] : 'en';
  if (!language) return undefined;
  const rest = match[3] === undefined ? (match[2] ?? '') : `commerce2/${match[3]}`;
  return { locale, language, route: routeOf(rest) };
}

function routeOf(rest: string): PortalRoute {
  const [area, section, id, tab, ...extra] = rest.split('/').filter((segment) => segment !== '');
  const isCustomers = area !== undefined && CUSTOMER_AREAS.has(area.toLowerCase()) && section?.toLowerCase() === 'customers';
  if (!isCustomers || extra.length > 0) return { page: 'unknown' };
  if (id === undefined || id.toLowerCase() === 'list') return tab === undefined ? { page: 'customer-list' } : { page: 'unknown' };
  const page = tab === undefined ? 'account' : tabOfSegment(tab.toLowerCase());
  return page ? { page, tenantId: decodeSegment(id).toLowerCase() } : { page: 'unknown' };
}

function tabOfSegment(segment: string): CustomerTab | undefined {
  return (Object.keys(TAB_SEGMENTS) as CustomerTab[]).find((tab) => TAB_SEGMENTS[tab] === segment);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The path of a page, in the v2 form Partner Center links to, keeping the locale segment. */
export function portalPath(locale: string, route: LinkableRoute): string {
  const prefix = locale ? `/${locale}` : '';
  if (route.page === 'customer-list') return `${prefix}/dashboard/v2/customers/list`;
  return `${prefix}/dashboard/v2/customers/${encodeURIComponent(route.tenantId)}/${TAB_SEGMENTS[route.page]}`;
}
