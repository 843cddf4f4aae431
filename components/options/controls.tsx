// The settings form's controls, each bound to one field of the draft.
import type { AppMessageKey } from '@/lib/i18n';
import type { SettingsField } from '@/lib/settings/schema';
import { useI18n } from '../app/I18nContext';
import { Field } from './Field';
import type { SettingsDraft } from './form-state';

export interface FieldContext {
  draft: SettingsDraft;
  errors: Partial<Record<SettingsField, AppMessageKey>>;
  locked: ReadonlySet<SettingsField>;
  onInput: (field: SettingsField, value: string) => void;
}

interface FieldProps {
  field: SettingsField;
  context: FieldContext;
}

function useFieldText(field: SettingsField, context: FieldContext) {
  const { t } = useI18n();
  const error = context.errors[field];
  return {
    label: t(`settings.fields.${field}.label`),
    hint: t(`settings.fields.${field}.hint`),
    error: error ? t(error) : undefined,
    locked: context.locked.has(field),
  };
}

export function TextSetting({
  field,
  context,
  type = 'text',
  placeholder,
}: FieldProps & { type?: 'text' | 'url' | 'number'; placeholder?: string }) {
  const text = useFieldText(field, context);
  return (
    <Field name={field} {...text}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={context.draft[field]}
          placeholder={placeholder}
          spellcheck={false}
          autocomplete="off"
          onInput={(event) => context.onInput(field, event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function TextAreaSetting({ field, context }: FieldProps) {
  const text = useFieldText(field, context);
  return (
    <Field name={field} {...text}>
      {(control) => (
        <textarea
          {...control}
          rows={5}
          value={context.draft[field]}
          onInput={(event) => context.onInput(field, event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** On or off: the draft holds 'true' or 'false' like every other field's text. */
export function CheckboxSetting({ field, context }: FieldProps) {
  const text = useFieldText(field, context);
  return (
    <Field name={field} {...text}>
      {(control) => (
        <input
          {...control}
          type="checkbox"
          checked={context.draft[field] === 'true'}
          onChange={(event) => context.onInput(field, String(event.currentTarget.checked))}
        />
      )}
    </Field>
  );
}

export function SelectSetting({
  field,
  context,
  options,
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const text = useFieldText(field, context);
  return (
    <Field name={field} {...text}>
      {(control) => (
        <select {...control} value={context.draft[field]} onChange={(event) => context.onInput(field, event.currentTarget.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
