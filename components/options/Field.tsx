import type { ComponentChildren } from 'preact';
import { useI18n } from '../app/I18nContext';

/** What a control needs to be tied to its label, hint, error and lock note. */
export interface ControlProps {
  id: string;
  name: string;
  disabled: boolean;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string;
}

interface Props {
  name: string;
  label: string;
  hint: string;
  /** Already translated. */
  error?: string | undefined;
  locked: boolean;
  children: (control: ControlProps) => ComponentChildren;
}

/** One setting: label, hint, the control, then its error; a locked one says who set it. */
export function Field({ name, label, hint, error, locked, children }: Props) {
  const { t } = useI18n();
  const id = `setting-${name}`;
  const described = [`${id}-hint`, locked ? `${id}-locked` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children({ id, name, disabled: locked, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described })}
      {locked ? (
        <p class="field-locked" id={`${id}-locked`}>
          {t('settings.locked')}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
