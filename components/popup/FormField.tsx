import type { InvitationErrorKey } from '@/lib/email/invitations';
import type { DraftField } from '@/lib/email-draft/fields';
import { useI18n } from '../app/I18nContext';
import { controlId, hintKey, labelKey } from './field-text';
import { PasswordInput } from './PasswordInput';

interface Props {
  field: DraftField;
  value: string;
  error?: InvitationErrorKey;
  onInput(value: string): void;
  onBlur(): void;
}

const INPUT_ATTRIBUTES = {
  text: { type: 'text' },
  email: { type: 'email', spellcheck: false },
  url: { type: 'url', spellcheck: false },
  date: { type: 'date' },
  tel: { type: 'tel' },
  identifier: { type: 'text', spellcheck: false, autocapitalize: 'off' },
} as const;

/** One labelled field with its hint and, once there is one, its problem in words. */
export function FormField({ field, value, error, onInput, onBlur }: Props) {
  const { t } = useI18n();
  const id = controlId(field.name);
  const hint = hintKey(field.name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.name,
    value,
    required: field.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    // Customer and signer details are not the partner's own: the browser's autofill would offer the wrong person.
    autocomplete: 'off',
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur,
  };
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {t(labelKey(field.name))}
        {field.required ? (
          <span class="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {field.input === 'multiline' ? (
        <textarea {...common} rows={3} />
      ) : field.input === 'password' ? (
        <PasswordInput {...common} toggleLabel={t('ui.popup.showPassword')} />
      ) : (
        <input {...common} {...INPUT_ATTRIBUTES[field.input]} />
      )}
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {t(hint)}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
