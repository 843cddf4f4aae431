// The side panel's attestation flow as a state machine: form → review → creating → waiting for the customer (status
// checks) → creating the agreement → done. Requests are made by the caller; their outcomes come back as events.
import type { AppMessageKey } from '../i18n';
import type { Failure } from '../failure/failure';
import {
  DEFAULT_AGREEMENT_LANGUAGE,
  agreementLanguages,
  isAgreementCountry,
  preferredAgreementLanguage,
} from './agreement-languages';
import { DOCUMENTED_ERROR_CODES } from '../partner-center/errors';
import { validateAttestation, type AttestationInput, type FieldErrors } from './form';

export const LINK_LIFETIMES_MINUTES = [60, 1440, 4320, 10080] as const;
export const DEFAULT_LINK_MINUTES = 1440;

export interface AttestationFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  companyName: string;
  country: string;
  language: string;
  expiresInMinutes: number;
}

/** What the form starts from: the customer's company, country and language, and for a new link the same signer. */
export type FormDefaults = Partial<Omit<AttestationFormValues, 'expiresInMinutes'>>;
const DEFAULTED_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'companyName', 'country', 'language'] as const;

/** An attestation as Partner Center last described it. */
export interface AttestationLink {
  attestationId: string;
  acceptanceUrl: string;
  linkExpiresAt: string;
  /** `linkgenerated`, `customeraccepted`, `linkexpired`, `agreementcreated` (contract.ts). */
  status: string;
  acceptedAt?: string;
}

export interface CreatedAgreement {
  dateAgreed: string;
  requestId: string;
  correlationId: string;
  /** Whether this browser kept a record of it. */
  recorded: boolean;
}

export type FlowStep =
  | { name: 'closed' }
  | { name: 'form' }
  | { name: 'review' }
  | { name: 'creating' }
  | { name: 'awaiting'; link: AttestationLink }
  | { name: 'checking'; link: AttestationLink }
  | { name: 'completing'; link: AttestationLink }
  | { name: 'done'; link: AttestationLink; agreement: CreatedAgreement };

export interface FlowState {
  tenantId: string;
  step: FlowStep;
  values: AttestationFormValues;
  errors: FieldErrors;
  /** Counts refused reviews, so that the error summary is announced again each time. */
  attempt: number;
  failure: Failure | null;
}

export type FlowEvent =
  | { type: 'open'; defaults: FormDefaults }
  | { type: 'edit'; field: keyof AttestationFormValues; value: string }
  | { type: 'review' }
  | { type: 'back' }
  | { type: 'create' }
  | { type: 'created'; link: AttestationLink }
  | { type: 'check' }
  | { type: 'checked'; link: AttestationLink }
  | { type: 'complete' }
  | { type: 'completed'; agreement: CreatedAgreement }
  | { type: 'failed'; failure: Failure }
  | { type: 'resume'; link: AttestationLink }
  /** A new link for an expired one: the same signer and customer, straight to the review. */
  | { type: 'renew'; defaults: FormDefaults }
  | { type: 'close' };

const EMPTY_VALUES: AttestationFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  companyName: '',
  country: '',
  language: '',
  expiresInMinutes: DEFAULT_LINK_MINUTES,
};

const SIGNATORY_ON_RECORD: FieldErrors = { firstName: 'onRecord', email: 'onRecord', phone: 'onRecord' };

export function initialFlow(tenantId: string): FlowState {
  return { tenantId, step: { name: 'closed' }, values: EMPTY_VALUES, errors: {}, attempt: 0, failure: null };
}

export function attestationInput(state: Pick<FlowState, 'tenantId' | 'values'>): AttestationInput {
  const { values } = state;
  return {
    tenantId: state.tenantId,
    signer: {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      ...(values.phone.trim() ? { phone: values.phone } : {}),
    },
    companyName: values.companyName,
    country: values.country,
    language: values.language,
    expiresInMinutes: values.expiresInMinutes,
  };
}

/** Fills what the partner has not typed yet; a language the country does not offer becomes one it does. */
function withDefaults(values: AttestationFormValues, defaults: FormDefaults): AttestationFormValues {
  const filled = { ...values };
  for (const field of DEFAULTED_FIELDS) {
    const value = defaults[field];
    if (!filled[field] && value) filled[field] = value;
  }
  filled.language = isAgreementCountry(filled.country)
    ? preferredAgreementLanguage(filled.country, filled.language)
    : filled.language || DEFAULT_AGREEMENT_LANGUAGE;
  return filled;
}

function edited(values: AttestationFormValues, field: keyof AttestationFormValues, value: string): AttestationFormValues {
  if (field === 'expiresInMinutes') return { ...values, expiresInMinutes: Number(value) };
  if (field !== 'country') return { ...values, [field]: value };
  const country = value.toUpperCase();
  // Only a complete, offered country moves the language: half-typed codes leave it alone.
  const keepLanguage = !isAgreementCountry(country) || agreementLanguages(country).includes(values.language);
  return { ...values, country, language: keepLanguage ? values.language : preferredAgreementLanguage(country, values.language) };
}

/** A failed request leaves the flow where the partner can try again. */
function stepAfterFailure(step: FlowStep): FlowStep {
  switch (step.name) {
    case 'creating':
      return { name: 'review' };
    case 'checking':
    case 'completing':
      return { name: 'awaiting', link: step.link };
    default:
      return step;
  }
}

export function attestationFlow(state: FlowState, event: FlowEvent): FlowState {
  const { step } = state;
  switch (event.type) {
    case 'open':
      if (step.name !== 'closed') return state;
      return { ...state, step: { name: 'form' }, values: withDefaults(state.values, event.defaults), errors: {}, failure: null };
    case 'edit': {
      if (step.name !== 'form') return state;
      const { [event.field]: _fixed, ...errors } = state.errors as Record<string, unknown>;
      return { ...state, values: edited(state.values, event.field, event.value), errors: errors };
    }
    case 'review': {
      if (step.name !== 'form') return state;
      const validation = validateAttestation(attestationInput(state));
      if (!validation.ok) return { ...state, errors: validation.errors, attempt: state.attempt + 1 };
      return { ...state, step: { name: 'review' }, errors: {}, failure: null };
    }
    case 'back':
      return step.name === 'review' ? { ...state, step: { name: 'form' }, failure: null } : state;
    case 'create':
      return step.name === 'review' ? { ...state, step: { name: 'creating' }, failure: null } : state;
    case 'created':
      return step.name === 'creating' ? { ...state, step: { name: 'awaiting', link: event.link } } : state;
    case 'check':
      return step.name === 'awaiting' ? { ...state, step: { name: 'checking', link: step.link }, failure: null } : state;
    case 'checked':
      return step.name === 'checking' ? { ...state, step: { name: 'awaiting', link: event.link } } : state;
    case 'complete':
      return step.name === 'awaiting' ? { ...state, step: { name: 'completing', link: step.link }, failure: null } : state;
    case 'completed':
      return step.name === 'completing'
        ? { ...state, step: { name: 'done', link: step.link, agreement: event.agreement } }
        : state;
    case 'failed':
      if (step.name === 'creating' && event.failure.code === DOCUMENTED_ERROR_CODES.duplicateAgreement)
        // Microsoft's way out is another signatory, or a changed email or phone: the form opens on those fields.
        return {
          ...state,
          step: { name: 'form' },
          errors: SIGNATORY_ON_RECORD,
          attempt: state.attempt + 1,
          failure: event.failure,
        };
      return { ...state, step: stepAfterFailure(step), failure: event.failure };
    case 'resume':
      return step.name === 'closed' || step.name === 'form'
        ? { ...state, step: { name: 'awaiting', link: event.link }, failure: null }
        : state;
    case 'renew': {
      if (isBusy(step)) return state;
      const values = withDefaults({ ...EMPTY_VALUES, expiresInMinutes: state.values.expiresInMinutes }, event.defaults);
      const valid = validateAttestation(attestationInput({ tenantId: state.tenantId, values })).ok;
      return { ...state, step: { name: valid ? 'review' : 'form' }, values, errors: {}, failure: null };
    }
    case 'close':
      return { ...initialFlow(state.tenantId), values: step.name === 'done' ? EMPTY_VALUES : state.values };
  }
}

/** What is going on, for the live region; nothing while the partner fills or reviews the form. */
export function progressKey(step: FlowStep): Extract<AppMessageKey, `attestation.progress.${string}`> | null {
  switch (step.name) {
    case 'creating':
      return 'attestation.progress.creating';
    case 'awaiting':
      return 'attestation.progress.waiting';
    case 'checking':
      return 'attestation.progress.checking';
    case 'completing':
      return 'attestation.progress.completing';
    case 'done':
      return 'attestation.progress.done';
    default:
      return null;
  }
}

/** Whether a request is under way: the step's buttons are then disabled. */
export function isBusy(step: FlowStep): boolean {
  return step.name === 'creating' || step.name === 'checking' || step.name === 'completing';
}

/** Whether asking for the agreement can still succeed; before the customer accepted, Partner Center says so in words. */
export function canComplete(link: AttestationLink): boolean {
  return link.status !== 'linkexpired' && link.status !== 'agreementcreated';
}
