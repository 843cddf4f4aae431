// The options form's values: every field as the text its control holds, to and from settings.
import { KEEP_ALL_RECORDS } from '@/lib/settings/fields';
import type { Settings, SettingsField } from '@/lib/settings/schema';

export type SettingsDraft = Record<SettingsField, string>;

/** Keeping every record shows as an empty retention field, which the settings read back as 0. */
export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    ...settings,
    partnerRole: settings.partnerRole ?? '',
    apiRequestsPerMinute: String(settings.apiRequestsPerMinute),
    recordRetentionDays: settings.recordRetentionDays === KEEP_ALL_RECORDS ? '' : String(settings.recordRetentionDays),
    createAgreementMyself: String(settings.createAgreementMyself),
    attestationNotifications: String(settings.attestationNotifications),
  };
}

/** What the form submits, for `validateSettings`; an unchosen role is `null`. */
export function inputFromDraft(draft: SettingsDraft): Record<SettingsField, unknown> {
  return { ...draft, partnerRole: draft.partnerRole === '' ? null : draft.partnerRole };
}

/** The fields the user may change: those the policy sets are left out. */
export function withoutLocked(settings: Settings, locked: ReadonlySet<SettingsField>): Partial<Settings> {
  return Object.fromEntries(Object.entries(settings).filter(([field]) => !locked.has(field as SettingsField)));
}

/** A policy change while the page is open: locked fields show the policy's value, the user's other edits stay. */
export function applyLockedValues(draft: SettingsDraft, settings: Settings, locked: ReadonlySet<SettingsField>): SettingsDraft {
  const fromPolicy = draftFromSettings(settings);
  const next = { ...draft };
  for (const field of locked) next[field] = fromPolicy[field];
  return next;
}
