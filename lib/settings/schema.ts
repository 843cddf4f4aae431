import { z } from 'zod';
import { ENTRA_AUTHORITY_BASE, PARTNER_CENTER_API_BASE, SANDBOX_ORIGIN } from '../config/origins';
import { SANDBOX_APP_ONLY_CLIENT_ID, SANDBOX_DELEGATED_CLIENT_ID, SANDBOX_PARTNER_TENANT_ID } from '../config/sandbox';
import type { AppMessageKey } from '../i18n';
import { KEEP_ALL_RECORDS, settingsFields } from './fields';

/** Settings kept in storage.local; every read goes through this schema so a damaged value never reaches the UI. */
export const settingsSchema = z.object(settingsFields);

export type Settings = z.output<typeof settingsSchema>;
export type SettingsField = keyof Settings;
export type SettingsErrorKey = Extract<AppMessageKey, `settings.errors.${string}`>;
export type SettingsFieldErrors = Partial<Record<SettingsField, SettingsErrorKey>>;

export const SETTINGS_FIELDS = Object.keys(settingsFields) as SettingsField[];

/** The store build talks to Microsoft; the sandbox build to the local sandbox (API and sign-in on one origin). */
export function defaultSettings(build: 'store' | 'sandbox', sandboxOrigin: string = SANDBOX_ORIGIN): Settings {
  const origin = build === 'sandbox' ? sandboxOrigin.replace(/\/+$/, '') : null;
  return {
    uiLanguage: 'auto',
    partnerTenant: origin ? SANDBOX_PARTNER_TENANT_ID : '',
    delegatedClientId: origin ? SANDBOX_DELEGATED_CLIENT_ID : '',
    appOnlyClientId: origin ? SANDBOX_APP_ONLY_CLIENT_ID : '',
    partnerRole: null,
    partnerName: '',
    emailSignature: '',
    defaultInvitationLanguage: 'en',
    apiBaseUrl: origin ?? PARTNER_CENTER_API_BASE,
    signInAuthority: origin ?? ENTRA_AUTHORITY_BASE,
    apiRequestsPerMinute: 500,
    recordRetentionDays: KEEP_ALL_RECORDS,
    createAgreementMyself: false,
    attestationNotifications: true,
  };
}

export const DEFAULT_SETTINGS: Settings = defaultSettings('store');

function asRecord(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

export interface FieldByFieldResult {
  values: Partial<Settings>;
  /** Fields present in the input whose value did not parse. */
  rejected: SettingsField[];
}

/** Parses the fields present in `raw` one by one; a field that does not parse is left out and named in `rejected`. */
export function parseFieldByField(raw: unknown): FieldByFieldResult {
  const record = asRecord(raw);
  const values: Record<string, unknown> = {};
  const rejected: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in record)) continue;
    const parsed = settingsFields[field].safeParse(record[field]);
    if (parsed.success) values[field] = parsed.data;
    else rejected.push(field);
  }
  return { values: values, rejected };
}

/** Reads stored settings field by field: a field that does not parse falls back to its default, the others are kept. */
export function parseStoredSettings(raw: unknown, defaults: Settings = DEFAULT_SETTINGS): Settings {
  return { ...defaults, ...parseFieldByField(raw).values };
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: SettingsFieldErrors };

/** Checks a whole set of settings, as the options form submits it; each failing field gets its message key. */
export function validateSettings(input: unknown): SettingsValidation {
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(SETTINGS_FIELDS as string[]).includes(field)) continue;
    errors[field as SettingsField] ??= (
      issue.message.startsWith('settings.errors.') ? issue.message : `settings.errors.${field}`
    ) as SettingsErrorKey;
  }
  return { ok: false, errors };
}
