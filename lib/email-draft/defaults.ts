import { INVITATION_LOCALES, pickInvitationLocale, type InvitationLocale } from '../email/invitations';
import { isGuid } from '../tenant/tenant-id';
import type { DraftValues } from './fields';

/** What the settings may hold for the emails; every field optional, read defensively. */
export interface DraftSettings {
  [field: string]: unknown;
  partnerName?: unknown;
  emailSignature?: unknown;
  partnerTenant?: unknown;
  defaultInvitationLanguage?: unknown;
  partnerRole?: unknown;
}

export interface DraftSources {
  /** The customer's tenant id, from the page or the URL. */
  tenantId?: string | null;
  /** What the local records know of the customer. */
  customer?: { companyName?: string; country?: string; language?: string; contactName?: string; contactEmail?: string };
  /** The customer's contact on its latest agreement. */
  contact?: { firstName?: string; lastName?: string; email?: string };
  settings?: DraftSettings;
}

export interface DraftDefaults {
  values: DraftValues;
  locale: InvitationLocale;
}

// Countries with one obvious template language; multilingual ones (BE, CH, CA, LU) are left to the customer's language.
const COUNTRY_LOCALES: Readonly<Record<string, InvitationLocale>> = {
  US: 'en',
  GB: 'en',
  IE: 'en',
  AU: 'en',
  NZ: 'en',
  ZA: 'en',
  IN: 'en',
  SG: 'en',
  FR: 'fr',
  MC: 'fr',
  DE: 'de',
  AT: 'de',
  LI: 'de',
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  IT: 'it',
  SM: 'it',
  NL: 'nl',
  PT: 'pt',
  BR: 'pt',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A supported template language for a language tag; undefined when the tag names another language. */
function localeOfLanguage(tag: string | undefined): InvitationLocale | undefined {
  if (tag === undefined || tag.trim() === '') return undefined;
  const picked = pickInvitationLocale(tag);
  // pickInvitationLocale falls back to English: tell that fallback from a tag that is English.
  return picked !== 'en' || /^en(?:[-_]|$)/i.test(tag.trim()) ? picked : undefined;
}

function localeOfSetting(value: unknown): InvitationLocale | undefined {
  return (INVITATION_LOCALES as readonly unknown[]).includes(value) ? (value as InvitationLocale) : undefined;
}

/** The customer's language, else its country's, else the partner's default, else English. */
export function defaultLocale({ customer, settings }: DraftSources): InvitationLocale {
  return (
    localeOfLanguage(customer?.language) ??
    COUNTRY_LOCALES[customer?.country?.trim().toUpperCase() ?? ''] ??
    localeOfSetting(settings?.defaultInvitationLanguage) ??
    'en'
  );
}

/** The values the form starts with, from what is known of the customer and the partner's settings. */
export function draftDefaults(sources: DraftSources): DraftDefaults {
  const { tenantId, customer, contact, settings } = sources;
  // The signer of the latest agreement, else the customer's billing contact.
  const signerName = [text(contact?.firstName), text(contact?.lastName)].filter(Boolean).join(' ');
  const contactName = text(signerName) ?? text(customer?.contactName);
  const contactEmail = text(contact?.email) ?? text(customer?.contactEmail);
  const partnerTenant = text(settings?.partnerTenant);
  const entries: [keyof DraftValues, string | undefined][] = [
    ['customer.companyName', text(customer?.companyName)],
    ['customer.contactName', contactName],
    ['customer.email', contactEmail],
    ['customer.tenantId', text(tenantId ?? undefined)],
    ['partner.name', text(settings?.partnerName)],
    ['partner.signature', text(settings?.emailSignature)],
    // The setting also accepts a verified domain, which the emails cannot use.
    ['partner.tenantId', partnerTenant !== undefined && isGuid(partnerTenant) ? partnerTenant : undefined],
  ];
  const values: DraftValues = {};
  for (const [name, value] of entries) if (value !== undefined) values[name] = value;
  return { values, locale: defaultLocale(sources) };
}
