import { describe, expect, it } from 'vitest';
import { createSettingsStore, type StorageAreaLike } from '../../../lib/settings/store';
import { DEFAULT_SETTINGS, parseStoredSettings } from '../../../lib/settings/schema';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [{ uiLanguage: 'fr' }, { uiLanguage: 'fr' }],
    [{ uiLanguage: 'klingon' }, { uiLanguage: 'auto' }],
    [{ uiLanguage: 'en', unknown: 1 }, { uiLanguage: 'en' }],
  ])('stored %j reads as %j', (stored, expected) => {
    expect(parseStoredSettings(stored)).toEqual(expected);
  });

  it('saves a valid change and refuses an invalid one without touching what is stored', async () => {
    const area = memoryArea();
    const store = createSettingsStore(area);
    expect(await store.update({ uiLanguage: 'fr' })).toEqual({ uiLanguage: 'fr' });
    await expect(store.update({ uiLanguage: 'xx' as never })).rejects.toThrow();
    expect(await store.load()).toEqual({ uiLanguage: 'fr' });
  });
});
