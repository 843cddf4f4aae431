import { useEffect, useState } from 'preact/hooks';
import { SettingsLockedError, SettingsValidationError } from '@/lib/settings/errors';
import { validateSettings, type SettingsField, type SettingsFieldErrors } from '@/lib/settings/schema';
import type { SettingsState, SettingsStore } from '@/lib/settings/store';
import { applyLockedValues, draftFromSettings, inputFromDraft, withoutLocked, type SettingsDraft } from './form-state';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'locked' }
  | { kind: 'failed'; reason: string };

const NO_ERRORS: SettingsFieldErrors = {};

/** Loads the settings with the policy, follows changes made elsewhere, validates and saves the form. */
export function useSettingsForm(store: SettingsStore) {
  const [policy, setPolicy] = useState<SettingsState | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<SettingsFieldErrors>(NO_ERRORS);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    let active = true;
    void store.loadWithPolicy().then((state) => {
      if (!active) return;
      setPolicy(state);
      setDraft(draftFromSettings(state.settings));
    });
    const stop = store.watchWithPolicy((state) => {
      setPolicy(state);
      setDraft((current) =>
        current ? applyLockedValues(current, state.settings, state.locked) : draftFromSettings(state.settings),
      );
    });
    return () => {
      active = false;
      stop();
    };
  }, [store]);

  const edit = (field: SettingsField, value: string) => {
    setDraft((current) => (current ? { ...current, [field]: value } : current));
    if (errors[field]) setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const save = async (): Promise<SettingsField | null> => {
    if (!draft || !policy) return null;
    const validation = validateSettings(inputFromDraft(draft));
    if (!validation.ok) {
      setErrors(validation.errors);
      setStatus({ kind: 'invalid' });
      return (Object.keys(validation.errors)[0] as SettingsField | undefined) ?? null;
    }
    setStatus({ kind: 'saving' });
    try {
      const saved = await store.update(withoutLocked(validation.settings, policy.locked));
      // What applies now, for the controls that act on the saved settings, before any storage change event arrives.
      setPolicy((current) => current && { ...current, settings: saved });
      setDraft(draftFromSettings(saved));
      setErrors(NO_ERRORS);
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (error instanceof SettingsValidationError) {
        setErrors(error.errors);
        setStatus({ kind: 'invalid' });
      } else if (error instanceof SettingsLockedError) {
        setStatus({ kind: 'locked' });
      } else {
        setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return null;
  };

  return { policy, draft, errors, status, edit, save };
}
