import type { ComponentChildren } from 'preact';
import { useI18n } from '../app/I18nContext';

export interface FlowControlProps {
  id: string;
  name: string;
  required: boolean;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  name: string;
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
  children: (control: FlowControlProps) => ComponentChildren;
}

export const flowControlId = (name: string) => `attestation-${name}`;

/** One field of the attestation form: label, control, hint and, once there is one, its problem in words. */
export function FlowField({ name, label, hint, error, required = false, children }: Props) {
  const { t } = useI18n();
  const id = flowControlId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {label}
        {required ? (
          <span class="required-mark" aria-hidden="true" title={t('attestation.form.required')}>
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, name, required, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
