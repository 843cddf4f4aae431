import type { SettingsErrorKey, SettingsField, SettingsFieldErrors } from './schema';

/** A change to a field that the organisation's policy sets. */
export class SettingsLockedError extends Error {
  readonly messageKey = 'settings.errors.locked' satisfies SettingsErrorKey;
  constructor(readonly fields: SettingsField[]) {
    super(`settings set by policy cannot be changed: ${fields.join(', ')}`);
    this.name = 'SettingsLockedError';
  }
}

/** A change that leaves some field invalid; `errors` holds each field's message key. */
export class SettingsValidationError extends Error {
  readonly messageKey = 'settings.errors.invalid' satisfies SettingsErrorKey;
  constructor(readonly errors: SettingsFieldErrors) {
    super(`invalid settings: ${Object.keys(errors).join(', ')}`);
    this.name = 'SettingsValidationError';
  }
}
