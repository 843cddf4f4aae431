import { SettingsLockedError, SettingsValidationError } from './errors';
import { readManagedPolicy, type ManagedAreaLike, type ManagedPolicy } from './managed';
import {
  DEFAULT_SETTINGS,
  parseFieldByField,
  parseStoredSettings,
  validateSettings,
  type Settings,
  type SettingsField,
} from './schema';

const KEY = 'settings';

/** The part of `storage.local` the settings need, so tests can pass an in-memory area. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface StorageChangeSource {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export interface SettingsStoreOptions {
  /** `storage.managed`: the policy an administrator pushes; its values win over the user's and cannot be changed. */
  managed?: ManagedAreaLike;
  /** Defaults of this build (see `defaultSettings`). */
  defaults?: Settings;
}

export interface SettingsState {
  /** What applies: the policy's values over the user's over the defaults. */
  settings: Settings;
  /** Fields set by the policy. */
  locked: Set<SettingsField>;
  /** Policy fields whose value was not valid and is therefore ignored. */
  policyRejected: SettingsField[];
}

function applyPolicy(local: Settings, policy: ManagedPolicy): SettingsState {
  return {
    settings: { ...local, ...policy.values },
    locked: new Set(Object.keys(policy.values) as SettingsField[]),
    policyRejected: policy.rejected,
  };
}

export function createSettingsStore(area: StorageAreaLike, changes?: StorageChangeSource, options: SettingsStoreOptions = {}) {
  const defaults = options.defaults ?? DEFAULT_SETTINGS;

  const readLocal = async (): Promise<Settings> => parseStoredSettings((await area.get(KEY))[KEY], defaults);

  const loadWithPolicy = async (): Promise<SettingsState> => {
    const [local, policy] = await Promise.all([readLocal(), readManagedPolicy(options.managed)]);
    return applyPolicy(local, policy);
  };

  const watchWithPolicy = (onChange: (state: SettingsState) => void): (() => void) => {
    if (!changes) return () => {};
    let active = true;
    const listener: ChangeListener = (changed, areaName) => {
      const relevant = (areaName === 'local' && KEY in changed) || areaName === 'managed';
      if (relevant) void loadWithPolicy().then((state) => active && onChange(state));
    };
    changes.addListener(listener);
    return () => {
      active = false;
      changes.removeListener(listener);
    };
  };

  return {
    async load(): Promise<Settings> {
      return (await loadWithPolicy()).settings;
    },
    loadWithPolicy,
    /**
     * Validates the whole result before writing, so an invalid value is refused and nothing stored changes. A field set
     * by the policy may be sent with the policy's value (a form submits every field) but never with another one.
     */
    async update(patch: Partial<Settings>): Promise<Settings> {
      const [local, policy] = await Promise.all([readLocal(), readManagedPolicy(options.managed)]);
      const patched = parseFieldByField(patch).values;
      const lockedChanges = (Object.keys(patch) as SettingsField[]).filter(
        (field) => field in policy.values && (!(field in patched) || patched[field] !== policy.values[field]),
      );
      if (lockedChanges.length > 0) throw new SettingsLockedError(lockedChanges);
      const own = Object.fromEntries(Object.entries(patch).filter(([field]) => !(field in policy.values)));
      const validation = validateSettings({ ...local, ...own });
      if (!validation.ok) throw new SettingsValidationError(validation.errors);
      await area.set({ [KEY]: validation.settings });
      return applyPolicy(validation.settings, policy).settings;
    },
    watch(onChange: (settings: Settings) => void): () => void {
      return watchWithPolicy((state) => onChange(state.settings));
    },
    watchWithPolicy,
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
