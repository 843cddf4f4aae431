import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

type Props = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type'> & { id: string; toggleLabel: string };

/** A password the partner copies from Partner Center: hidden by default, shown on demand to check it. Lives only in the form's state. */
export function PasswordInput({ toggleLabel, ...input }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div class="password">
      <input {...input} type={shown ? 'text' : 'password'} autocomplete="off" spellcheck={false} autocapitalize="off" />
      <button type="button" aria-pressed={shown} aria-controls={input.id} onClick={() => setShown((value) => !value)}>
        {toggleLabel}
      </button>
    </div>
  );
}
