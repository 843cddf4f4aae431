// Who the customer of a Partner Center page is, as the page shows it: the account info's labelled fields (company name,
// domain, country/region, language) in any language the labels know, else the heading that the breadcrumb repeats. Read
// through shadow roots; what is not found is left out, never guessed.
import { composedText, deepElements } from './account-page-dom';
import { ACCOUNT_PAGE_LABELS, ACCOUNT_PAGE_LANGUAGES } from './account-page-labels';

export const PAGE_IDENTITY_FIELDS = ['companyName', 'domain', 'countryRegion', 'language'] as const;
export type PageIdentityField = (typeof PAGE_IDENTITY_FIELDS)[number];
export type PageIdentity = Partial<Record<PageIdentityField, string>>;

/** The longest value kept of each field: a name Partner Center accepts, a DNS name, a country or language name. */
export const PAGE_IDENTITY_MAX_LENGTH: Readonly<Record<PageIdentityField, number>> = {
  companyName: 256,
  domain: 253,
  countryRegion: 100,
  language: 100,
};

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const withoutColon = (text: string) => fold(text).replace(/\s*[:\uff1a]$/, '');

const FIELD_OF_LABEL = new Map<string, PageIdentityField>(
  ACCOUNT_PAGE_LANGUAGES.flatMap((language) =>
    PAGE_IDENTITY_FIELDS.flatMap((field) => ACCOUNT_PAGE_LABELS[language][field].map((label) => [fold(label), field] as const)),
  ),
);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function bounded(field: PageIdentityField, text: string): string | undefined {
  const value = oneLine(text);
  return value && value.length <= PAGE_IDENTITY_MAX_LENGTH[field] ? value : undefined;
}

/** The value shown with a label: the element after it, or what its parent shows besides it. */
function valueBeside(label: Element): string {
  const next = label.nextElementSibling;
  if (next) return composedText(next);
  const parent = label.parentElement;
  return parent ? composedText(parent).replace(composedText(label), '') : '';
}

/** The page's heading when the breadcrumb's current item says the same: the customer's name on every customer page. */
function headingName(root: Document): string | undefined {
  let heading: string | undefined;
  const current: string[] = [];
  for (const element of deepElements(root)) {
    if (heading === undefined && element.tagName === 'H1') heading = oneLine(composedText(element));
    if (element.getAttribute('aria-current') === 'page') current.push(oneLine(composedText(element)));
  }
  return heading && current.includes(heading) ? heading : undefined;
}

export function readPageIdentity(root: Document): PageIdentity {
  const identity: PageIdentity = {};
  for (const element of deepElements(root)) {
    if (element.children.length > 0) continue;
    const field = FIELD_OF_LABEL.get(withoutColon(element.textContent ?? ''));
    if (!field || identity[field] !== undefined) continue;
    const value = bounded(field, valueBeside(element));
    if (value) identity[field] = value;
  }
  if (identity.companyName === undefined) {
    const name = headingName(root);
    const value = name && bounded('companyName', name);
    if (value) identity.companyName = value;
  }
  return identity;
}
