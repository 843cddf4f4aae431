// One zod schema per setting. A failed check carries its message key (settings.errors.*) as the issue message, so the
// options page can show it next to the field in the UI language.
import { z } from 'zod';
import { allowedServiceOrigin, type ServiceRole } from '../config/service-origins';
import { UI_LOCALES } from '../i18n/locale';
import { PARTNER_ROLES } from '../mca/types';
import { currentBuild } from '../config/build';
import { isGuid } from '../tenant/tenant-id';

/** The languages the invitation templates are written in. */
export const INVITATION_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;

export const PARTNER_NAME_MAX = 200;
export const EMAIL_SIGNATURE_MAX = 2000;

/** Records retention: 0 keeps every record; otherwise from a month to ten years. */
export const KEEP_ALL_RECORDS = 0;
const RECORD_RETENTION_MIN_DAYS = 30;
export const RECORD_RETENTION_MAX_DAYS = 3650;

// Entra verified domains: dot-separated DNS labels ending in a letters-only top-level label (contoso.onmicrosoft.com).
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isTenantDomain(value: string): boolean {
  return DOMAIN.test(value);
}

const optionalGuid = (error: string) =>
  z
    .string({ error })
    .trim()
    .refine((value) => value === '' || isGuid(value), { error })
    .transform((value) => value.toLowerCase());

/** Where tokens go: only an origin of this build's allow-list (lib/config/service-origins), whoever sets it, the policy included. */
const serviceOrigin = (error: string, role: ServiceRole) =>
  z.string({ error }).transform((value, context) => {
    const normalised = allowedServiceOrigin(value, role, currentBuild);
    if (normalised === null) {
      context.addIssue({ code: 'custom', message: error });
      return z.NEVER;
    }
    return normalised;
  });

/** A whole number from `min` to `max`; coerced because the form sends the text of its number input. */
const wholeNumber = (error: string, min: number, max: number) =>
  z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });

/** On or off; the form's checkbox sends 'true' or 'false'. */
const onOff = (error: string) =>
  z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], { error });

export const settingsFields = {
  uiLanguage: z.enum(['auto', ...UI_LOCALES], { error: 'settings.errors.uiLanguage' }),
  /** The partner's own tenant: its GUID or a verified domain. Empty until set up. */
  partnerTenant: z
    .string({ error: 'settings.errors.partnerTenant' })
    .trim()
    .refine((value) => value === '' || isGuid(value) || isTenantDomain(value), { error: 'settings.errors.partnerTenant' })
    .transform((value) => value.toLowerCase()),
  /** The Entra app (single-page application redirects) used for the delegated App+User sign-in. */
  delegatedClientId: optionalGuid('settings.errors.delegatedClientId'),
  /** The Entra app holding the certificate for the app-only enhanced attestation calls. */
  appOnlyClientId: optionalGuid('settings.errors.appOnlyClientId'),
  partnerRole: z.enum(PARTNER_ROLES, { error: 'settings.errors.partnerRole' }).nullable(),
  partnerName: z
    .string({ error: 'settings.errors.partnerName' })
    .trim()
    .max(PARTNER_NAME_MAX, { error: 'settings.errors.partnerName' }),
  emailSignature: z
    .string({ error: 'settings.errors.emailSignature' })
    .transform((value) => value.replace(/\r\n?/g, '\n').trimEnd())
    .pipe(z.string().max(EMAIL_SIGNATURE_MAX, { error: 'settings.errors.emailSignature' })),
  defaultInvitationLanguage: z.enum(INVITATION_LANGUAGES, { error: 'settings.errors.defaultInvitationLanguage' }),
  apiBaseUrl: serviceOrigin('settings.errors.apiBaseUrl', 'api'),
  signInAuthority: serviceOrigin('settings.errors.signInAuthority', 'sign-in'),
  /** Partner Center throttles per partner tenant (500 a minute documented); long jobs stay under what is set here. */
  apiRequestsPerMinute: wholeNumber('settings.errors.apiRequestsPerMinute', 60, 10_000),
  /**
   * Days local records are kept before the daily purge removes them. 0 (an empty field) keeps everything, the default:
   * nothing the partner may need as evidence goes unless they ask.
   */
  recordRetentionDays: wholeNumber('settings.errors.recordRetentionDays', KEEP_ALL_RECORDS, RECORD_RETENTION_MAX_DAYS).refine(
    (days) => days === KEEP_ALL_RECORDS || days >= RECORD_RETENTION_MIN_DAYS,
    { error: 'settings.errors.recordRetentionDays' },
  ),
  /** The background creates the agreement as soon as the customer accepted, unless the partner prefers to do it themselves. */
  createAgreementMyself: onOff('settings.errors.createAgreementMyself'),
  /** A browser notification when a customer accepted, an agreement was created or a link expired. */
  attestationNotifications: onOff('settings.errors.attestationNotifications'),
};
