import { useEffect } from 'preact/hooks';
import { agreementLanguages, countryName, isAgreementCountry } from '@/lib/attestation/agreement-languages';
import { LINK_LIFETIMES_MINUTES, type AttestationFormValues } from '@/lib/attestation/flow';
import { ATTESTATION_FIELDS, type FieldErrors } from '@/lib/attestation/form';
import { fieldErrorKey } from '@/lib/attestation/form-messages';
import { useI18n } from '../app/I18nContext';
import { FlowField, flowControlId } from './FlowField';
import { languageName } from './format';

interface Props {
  values: AttestationFormValues;
  errors: FieldErrors;
  /** Bumped by each refused review: the first invalid field then takes the focus. */
  attempt: number;
  source: 'api' | 'records' | 'none';
  onEdit(field: keyof AttestationFormValues, value: string): void;
  onReview(): void;
}

type TextField = 'firstName' | 'lastName' | 'email' | 'phone' | 'companyName';

const INPUTS: Record<TextField, { type: string; required: boolean }> = {
  firstName: { type: 'text', required: true },
  lastName: { type: 'text', required: true },
  email: { type: 'email', required: true },
  phone: { type: 'tel', required: false },
  companyName: { type: 'text', required: true },
};

export function SignerForm({ values, errors, attempt, source, onEdit, onReview }: Props) {
  const { t, locale } = useI18n();
  const errorOf = (field: keyof FieldErrors) => {
    const problem = errors[field];
    return problem ? t(fieldErrorKey(field, problem)) : undefined;
  };
  const invalid = ATTESTATION_FIELDS.filter((field) => errors[field]);

  useEffect(() => {
    if (attempt > 0 && invalid[0]) document.getElementById(flowControlId(invalid[0]))?.focus();
  }, [attempt]);

  const input = (field: TextField) => (
    <FlowField
      name={field}
      label={t(`attestation.form.fields.${field}`)}
      error={errorOf(field)}
      required={INPUTS[field].required}
    >
      {(control) => (
        // Signer and customer details are not the partner's own: the browser's autofill would offer the wrong person.
        <input
          {...control}
          type={INPUTS[field].type}
          value={values[field]}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => onEdit(field, event.currentTarget.value)}
        />
      )}
    </FlowField>
  );

  const country = values.country;
  const languages = isAgreementCountry(country)
    ? agreementLanguages(country)
    : [...new Set([values.language, 'en-US'].filter(Boolean))];
  const name = countryName(country, locale);

  return (
    <form
      class="attestation-form"
      noValidate
      aria-labelledby="attestation-step-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
    >
      <h3 id="attestation-step-heading" tabIndex={-1}>
        {t('attestation.form.heading')}
      </h3>
      <p class="muted">{t(`attestation.form.source.${source}`)}</p>
      <div class="error-summary-region" aria-live="polite">
        {invalid.length > 0 ? (
          <div class="error-summary" key={attempt}>
            <p>{t('attestation.form.summary')}</p>
            <ul>
              {invalid.map((field) => (
                <li key={field}>{errorOf(field)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('attestation.form.signer')}</legend>
        <p class="field-hint">{t('attestation.form.hints.signer')}</p>
        {input('firstName')}
        {input('lastName')}
        {input('email')}
        {input('phone')}
      </fieldset>
      <fieldset>
        <legend>{t('attestation.form.customer')}</legend>
        {input('companyName')}
        <FlowField
          name="country"
          label={t('attestation.form.fields.country')}
          hint={name ? t('attestation.form.hints.countryName', { name }) : t('attestation.form.hints.country')}
          error={errorOf('country')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={country}
              maxLength={2}
              autocomplete="off"
              spellcheck={false}
              class="country"
              onInput={(event) => onEdit('country', event.currentTarget.value)}
            />
          )}
        </FlowField>
        <FlowField
          name="language"
          label={t('attestation.form.fields.language')}
          hint={t('attestation.form.hints.language')}
          error={errorOf('language')}
          required
        >
          {(control) => (
            <select {...control} value={values.language} onChange={(event) => onEdit('language', event.currentTarget.value)}>
              {languages.map((language) => (
                <option key={language} value={language}>
                  {languageName(language, locale)} ({language})
                </option>
              ))}
            </select>
          )}
        </FlowField>
        <FlowField
          name="expiresInMinutes"
          label={t('attestation.form.fields.expiresInMinutes')}
          error={errorOf('expiresInMinutes')}
        >
          {(control) => (
            <select
              {...control}
              value={String(values.expiresInMinutes)}
              onChange={(event) => onEdit('expiresInMinutes', event.currentTarget.value)}
            >
              {LINK_LIFETIMES_MINUTES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {t(`attestation.form.minutes.${minutes}`)}
                </option>
              ))}
            </select>
          )}
        </FlowField>
      </fieldset>
      {errors.tenantId ? <p class="field-error">{errorOf('tenantId')}</p> : null}
      <div class="actions">
        <button type="submit" class="primary">
          {t('attestation.form.review')}
        </button>
      </div>
    </form>
  );
}
