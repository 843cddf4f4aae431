// Which Partner Center page a URL shows. Each detector is followed by real URLs it must recognise; the tests check every example
// against every detector. Partner Center paths are case-insensitive and may start with a locale segment (/en-us/, /fr-fr/).
import { PARTNER_CENTER_ORIGIN } from '../config/origins';
import type { BlockableAction } from '../mca/types';

export type PageKind = 'customer' | 'customer-list' | 'add-customer';

export interface PageMatch {
  kind: PageKind;
  /** The customer's tenant id, lower case. */
  customerId?: string;
  /** The customer page's section (`account`, `subscriptions`, …), lower case. */
  section?: string;
  /** The locale segment (`fr-fr`), lower case. */
  locale?: string;
}

export interface DetectOptions {
  /** Origins that also count as Partner Center, compared exactly (scheme, host and port), e.g. the local sandbox. */
  origins?: readonly string[];
}

type UrlInput = string | URL;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/;
const DASHBOARD_VERSIONS: ReadonlySet<string> = new Set(['v2', 'commerce2']);

/** The path under `/dashboard/{v2|commerce2}/customers/` or `/commerce/customers/`, split into lower-case segments. */
interface CustomersPath {
  locale?: string;
  segments: string[];
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    // data:, file: and javascript: URLs all share the opaque origin "null".
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function customersPath(input: UrlInput, options?: DetectOptions): CustomersPath | undefined {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return undefined;
  }
  // Partner Center links never carry credentials; one that does is a lure.
  if (url.username || url.password) return undefined;
  const origins = [PARTNER_CENTER_ORIGIN, ...(options?.origins ?? []).map(originOf)];
  if (!origins.includes(url.origin)) return undefined;

  const path = url.pathname.toLowerCase().split('/').filter(Boolean);
  const locale =
    path[0] !== undefined && LOCALE.test(path[0]) && (path[1] === 'dashboard' || path[1] === 'commerce')
      ? path.shift()
      : undefined;
  // Microsoft's docs: every page of the Customers tab starts with /commerce/ (docs/partner-center-api.md §6.6).
  if (path[0] === 'commerce') path.splice(0, 1, 'dashboard', 'commerce2');
  const [dashboard, version = '', customers, ...segments] = path;
  if (dashboard !== 'dashboard' || !DASHBOARD_VERSIONS.has(version) || customers !== 'customers') return undefined;
  return { ...(locale && { locale }), segments };
}

type Matcher = (path: CustomersPath) => PageMatch | undefined;

function detector(match: Matcher): (url: UrlInput, options?: DetectOptions) => boolean {
  return (url, options) => {
    const path = customersPath(url, options);
    return path !== undefined && match(path) !== undefined;
  };
}

function customerMatch({ locale, segments }: CustomersPath): PageMatch | undefined {
  const [customerId, section] = segments;
  if (customerId === undefined || !GUID.test(customerId)) return undefined;
  return { kind: 'customer', customerId, ...(section && { section }), ...(locale && { locale }) };
}

export const isCustomerPage = detector(customerMatch);

const customerPageExamples = [
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/servicemanagementpage',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/dashboard/v2/customers/56570C5A-7DB7-41E1-8B1D-A5F040B12855/Account',
  'https://partner.microsoft.com/en-us/dashboard/commerce2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/en-us/dashboard/commerce2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/adminrelationships/8f3e2a1c-4b5d-4e6f-9a7b-1c2d3e4f5a6b-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  'https://partner.microsoft.com/fr-fr/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/subscriptions',
  'https://partner.microsoft.com/FR-FR/Dashboard/V2/Customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/Subscriptions/',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account?tab=agreements#mca',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855#/account',
  'https://partner.microsoft.com:443/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/users',
  'HTTPS://PARTNER.MICROSOFT.COM/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/zh-hant-tw/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'http://127.0.0.1:4010/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'http://127.0.0.1:4010/fr-fr/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/commerce/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/commerce/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/subscriptions',
  'https://partner.microsoft.com/commerce/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/subscriptions/8f3e2a1c-4b5d-4e6f-9a7b-1c2d3e4f5a6b',
  'https://partner.microsoft.com/en-us/commerce/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/FR-FR/Commerce/Customers/56570C5A-7DB7-41E1-8B1D-A5F040B12855/Account',
  'http://127.0.0.1:4010/commerce/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
];

function customerListMatch({ locale, segments }: CustomersPath): PageMatch | undefined {
  const isList = segments.length === 0 || (segments.length === 1 && segments[0] === 'list');
  return isList ? { kind: 'customer-list', ...(locale && { locale }) } : undefined;
}

export const isCustomerList = detector(customerListMatch);

const customerListExamples = [
  'https://partner.microsoft.com/dashboard/v2/customers/list',
  'https://partner.microsoft.com/dashboard/v2/customers/list/',
  'https://partner.microsoft.com/en-us/dashboard/commerce2/customers/list',
  'https://partner.microsoft.com/dashboard/commerce2/customers/list?filter=contoso',
  'https://partner.microsoft.com/fr-fr/dashboard/v2/customers/List#top',
  'https://partner.microsoft.com/dashboard/v2/customers',
  'https://partner.microsoft.com/dashboard/v2/customers/',
  'http://127.0.0.1:4010/en-us/dashboard/v2/customers/list',
  'https://partner.microsoft.com/commerce/customers/list',
  'https://partner.microsoft.com/en-us/commerce/customers/list',
  'https://partner.microsoft.com/fr-fr/commerce/customers/list?q=societe',
  'http://127.0.0.1:4010/commerce/customers/list',
];

/**
 * Path segments of the new-customer flow. Microsoft does not document this URL; these are the names such a route takes
 * (`add`, `new`, `create`, with or without `customer`), kept here to be corrected in one place once seen on a real tenant.
 */
const ADD_CUSTOMER_SEGMENTS: ReadonlySet<string> = new Set([
  'add',
  'new',
  'create',
  'addcustomer',
  'newcustomer',
  'createcustomer',
  'add-customer',
  'new-customer',
  'create-customer',
]);

function addCustomerMatch({ locale, segments }: CustomersPath): PageMatch | undefined {
  const [step] = segments;
  return step !== undefined && ADD_CUSTOMER_SEGMENTS.has(step) ? { kind: 'add-customer', ...(locale && { locale }) } : undefined;
}

export const isAddCustomer = detector(addCustomerMatch);

const addCustomerExamples = [
  'https://partner.microsoft.com/dashboard/v2/customers/add',
  'https://partner.microsoft.com/dashboard/commerce2/customers/new',
  'https://partner.microsoft.com/en-us/dashboard/commerce2/customers/new/account',
  'https://partner.microsoft.com/fr-fr/dashboard/v2/customers/addcustomer?step=review',
  'https://partner.microsoft.com/dashboard/v2/customers/New-Customer/',
  'https://partner.microsoft.com/dashboard/v2/customers/create',
  'http://127.0.0.1:4010/dashboard/v2/customers/add',
];

/** Partner Center-looking URLs that are none of the pages above: look-alike hosts, other schemes or ports, other pages. */
const otherExamples = [
  'https://partner.microsoft.com.evil.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://evil-partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://evilpartner.microsoft.com/dashboard/v2/customers/list',
  'https://partner.microsoft.co/dashboard/v2/customers/list',
  'https://partner.microsoft.com./dashboard/v2/customers/list',
  'https://partner-microsoft.com/dashboard/v2/customers/list',
  'https://xn--partner-microsoft-com.evil/dashboard/v2/customers/list',
  'http://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com:8443/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com@evil.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://user:secret@partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://evil.com/https://partner.microsoft.com/dashboard/v2/customers/list',
  'https://evil.com/?next=https://partner.microsoft.com/dashboard/v2/customers/list',
  'https://api.partnercenter.microsoft.com/v1/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/agreements',
  'https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement',
  'javascript:alert(1)//partner.microsoft.com/dashboard/v2/customers/list',
  'data:text/html,https://partner.microsoft.com/dashboard/v2/customers/list',
  'http://127.0.0.1:4011/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'http://localhost:4010/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://127.0.0.1:4010/dashboard/v2/customers/list',
  'https://partner.microsoft.com/dashboard/home',
  'https://partner.microsoft.com/en-us/dashboard/home',
  'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list',
  'https://partner.microsoft.com/en-us/dashboard/commerce2/customers/delegatedadmin',
  'https://partner.microsoft.com/dashboard/v2/customers/indirectresellers/relationshiprequest/75af751c-f582-45e7-aee2-0fd6c8203c1d',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b1285/account',
  'https://partner.microsoft.com/dashboard/v2/customers/56570c5a7db741e18b1da5f040b12855/account',
  'https://partner.microsoft.com/dashboard/v2/customers/{56570c5a-7db7-41e1-8b1d-a5f040b12855}/account',
  'https://partner.microsoft.com/dashboard/v3/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/dashboard/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/v2/customers/56570c5a-7db7-41e1-8b1d-a5f040b12855/account',
  'https://partner.microsoft.com/en-us/fr-fr/dashboard/v2/customers/list',
  'https://partner.microsoft.com/commerce/v2/customers/list',
  'https://partner.microsoft.com/commerce/commerce/customers/list',
  'https://partner.microsoft.com/dashboard/commerce/customers/list',
  'https://partner.microsoft.com/commerce/customers/granularadminaccess/list',
  'https://partner.microsoft.com/commerce/customerslist',
  'https://partner.microsoft.com/dashboard/v2/customers/list/export',
  'https://partner.microsoft.com/?url=/dashboard/v2/customers/list',
  'https://partner.microsoft.com/#/dashboard/v2/customers/list',
  'partner.microsoft.com/dashboard/v2/customers/list',
  '/dashboard/v2/customers/list',
  'not a url',
  '',
];

export const examples = {
  isCustomerPage: customerPageExamples,
  isCustomerList: customerListExamples,
  isAddCustomer: addCustomerExamples,
};

/** URLs no detector may recognise. */
export const nonMatchingExamples = otherExamples;

const MATCHERS: readonly Matcher[] = [customerMatch, customerListMatch, addCustomerMatch];

/** The Partner Center page a URL shows, or null for anything else (including URLs that do not parse). */
export function detectPage(url: string, options?: DetectOptions): PageMatch | null {
  const path = customersPath(url, options);
  if (!path) return null;
  for (const match of MATCHERS) {
    const page = match(path);
    if (page) return page;
  }
  return null;
}

/**
 * Customer sections whose pages start the transactions the MCA rules block, with the actions each one leads to. Microsoft documents the
 * actions (new purchases, quantity changes, term or billing-plan changes, upgrades: Microsoft's page (S26-a)) and that they
 * start from the customer's Subscriptions page ("Add subscription", then per subscription), not the section names, which are assumptions:
 *
 * | section                                 | actions                                   |
 * |-----------------------------------------|-------------------------------------------|
 * | subscriptions                           | all four (add, change quantity/term, upgrade) |
 * | addsubscription(s), newsubscription     | new purchase                              |
 * | neworder, purchase, cart, checkout      | new purchase                              |
 * | upgrade, upgrades                       | upgrade                                   |
 * | changequantity                          | quantity change                           |
 */
const BLOCKED_ACTION_SECTIONS: Readonly<Record<string, readonly BlockableAction[]>> = {
  subscriptions: ['new-purchase', 'quantity-change', 'term-or-billing-change', 'upgrade'],
  addsubscription: ['new-purchase'],
  addsubscriptions: ['new-purchase'],
  newsubscription: ['new-purchase'],
  neworder: ['new-purchase'],
  purchase: ['new-purchase'],
  cart: ['new-purchase'],
  checkout: ['new-purchase'],
  upgrade: ['upgrade'],
  upgrades: ['upgrade'],
  changequantity: ['quantity-change'],
};

/** The blockable actions a customer section leads to (none for account, users, service management…). */
export function blockedActionsOfSection(section: string | undefined): readonly BlockableAction[] {
  if (section === undefined) return [];
  const key = section.toLowerCase();
  return Object.hasOwn(BLOCKED_ACTION_SECTIONS, key) ? (BLOCKED_ACTION_SECTIONS[key] ?? []) : [];
}

export function isBlockedActionSection(section: string | undefined): boolean {
  return blockedActionsOfSection(section).length > 0;
}
