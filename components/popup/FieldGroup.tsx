import type { ComponentChildren } from 'preact';
import type { DraftField, DraftGroup } from '@/lib/email-draft/fields';
import { useI18n } from '../app/I18nContext';
import { groupKey } from './field-text';
import { FormField } from './FormField';
import type { DraftForm } from './useDraftForm';

interface Props {
  group: DraftGroup;
  fields: DraftField[];
  form: Pick<DraftForm, 'values' | 'setValue' | 'touch' | 'errorOf'>;
  /** Shown under the legend. */
  intro?: ComponentChildren;
  /** Shown after the fields. */
  children?: ComponentChildren;
}

/** A fieldset of the draft form: its legend and its fields. */
export function FieldGroup({ group, fields, form, intro, children }: Props) {
  const { t } = useI18n();
  if (fields.length === 0 && !children) return null;
  return (
    <fieldset class={`card field-group group-${group}`}>
      <legend>{t(groupKey(group))}</legend>
      {intro}
      {fields.map((field) => (
        <FormField
          key={field.name}
          field={field}
          value={form.values[field.name] ?? ''}
          error={form.errorOf(field.name)}
          onInput={(value) => form.setValue(field.name, value)}
          onBlur={() => form.touch(field.name)}
        />
      ))}
      {children}
    </fieldset>
  );
}
