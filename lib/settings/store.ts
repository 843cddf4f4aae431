import { parseStoredSettings, settingsSchema, type Settings } from './schema';

const KEY = 'settings';

/** The part of `storage.local` the settings need, so tests can pass an in-memory area. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StorageChangeSource {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

export function createSettingsStore(area: StorageAreaLike, changes?: StorageChangeSource) {
  return {
    async load(): Promise<Settings> {
      const stored = await area.get(KEY);
      return parseStoredSettings(stored[KEY]);
    },
    /** Validates the whole result before writing, so an invalid value is refused and nothing stored changes. */
    async update(patch: Partial<Settings>): Promise<Settings> {
      const current = await this.load();
      const next = settingsSchema.parse({ ...current, ...patch });
      await area.set({ [KEY]: next });
      return next;
    },
    watch(onChange: (settings: Settings) => void): () => void {
      if (!changes) return () => {};
      const listener = (changed: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && KEY in changed) onChange(parseStoredSettings(changed[KEY]?.newValue));
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
