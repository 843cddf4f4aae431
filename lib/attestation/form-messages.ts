import type { AppMessageKey } from '../i18n';
import type { AttestationField, FieldProblem } from './form';

type FieldErrorKey = Extract<AppMessageKey, `attestation.form.errors.${string}`>;

/** Only the problems each field can have; anything else falls back to the field's first. */
const FIELD_ERROR_KEYS: Record<AttestationField, Partial<Record<FieldProblem, FieldErrorKey>>> = {
  firstName: {
    required: 'attestation.form.errors.firstNameRequired',
    tooLong: 'attestation.form.errors.firstNameTooLong',
    onRecord: 'attestation.form.errors.signatoryOnRecord',
  },
  lastName: { required: 'attestation.form.errors.lastNameRequired', tooLong: 'attestation.form.errors.lastNameTooLong' },
  email: {
    required: 'attestation.form.errors.emailRequired',
    invalid: 'attestation.form.errors.emailInvalid',
    onRecord: 'attestation.form.errors.emailOnRecord',
  },
  phone: { invalid: 'attestation.form.errors.phoneInvalid', onRecord: 'attestation.form.errors.phoneOnRecord' },
  companyName: { required: 'attestation.form.errors.companyNameRequired', tooLong: 'attestation.form.errors.companyNameTooLong' },
  country: {
    required: 'attestation.form.errors.countryRequired',
    invalid: 'attestation.form.errors.countryInvalid',
    notOffered: 'attestation.form.errors.countryNotOffered',
  },
  language: {
    required: 'attestation.form.errors.languageRequired',
    invalid: 'attestation.form.errors.languageInvalid',
    notOffered: 'attestation.form.errors.languageNotOffered',
  },
  expiresInMinutes: { invalid: 'attestation.form.errors.expiresInMinutesInvalid' },
  tenantId: { invalid: 'attestation.form.errors.tenantIdInvalid' },
};

export function fieldErrorKey(field: AttestationField, problem: FieldProblem): FieldErrorKey {
  const keys = FIELD_ERROR_KEYS[field];
  return keys[problem] ?? (Object.values(keys)[0] as FieldErrorKey);
}
