import { describe, expect, it } from 'vitest';
import { SettingsLockedError, SettingsValidationError } from '@/lib/settings/errors';
import { DEFAULT_SETTINGS, defaultSettings, parseStoredSettings } from '@/lib/settings/schema';
import { createSettingsStore, type StorageAreaLike, type StorageChangeSource } from '@/lib/settings/store';

const GUID = '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

function changeSource() {
  type Listener = Parameters<StorageChangeSource['addListener']>[0];
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    emit: (changes: Record<string, { newValue?: unknown }>, area: string) =>
      listeners.forEach((listener) => listener(changes, area)),
    count: () => listeners.size,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stored settings', () => {
  it.each([
    [undefined, {}],
    ['garbage', {}],
    [[1, 2], {}],
    [{ uiLanguage: 'fr' }, { uiLanguage: 'fr' }],
    [{ uiLanguage: 'klingon' }, {}],
    [{ uiLanguage: 'en', unknown: 1 }, { uiLanguage: 'en' }],
    [{ partnerTenant: 'bad tenant', partnerName: 'Contoso' }, { partnerName: 'Contoso' }],
    [{ apiBaseUrl: 'http://evil.example' }, {}],
    [{ recordRetentionDays: 90 }, { recordRetentionDays: 90 }],
    [{ recordRetentionDays: 7 }, {}],
  ])('stored %j reads as the defaults with %j', (stored, kept) => {
    expect(parseStoredSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });

  it('falls back to the build defaults given to it', () => {
    expect(parseStoredSettings({ apiBaseUrl: 42 }, defaultSettings('sandbox')).apiBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it('saves a valid change and refuses an invalid one, naming the field, without touching what is stored', async () => {
    const area = memoryArea();
    const store = createSettingsStore(area);
    expect(await store.update({ uiLanguage: 'fr', partnerTenant: GUID.toUpperCase() })).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fr',
      partnerTenant: GUID,
    });
    const refused = store.update({ uiLanguage: 'xx' as never, partnerName: 'New name' });
    await expect(refused).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(refused).rejects.toMatchObject({
      errors: { uiLanguage: 'settings.errors.uiLanguage' },
      messageKey: 'settings.errors.invalid',
    });
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fr', partnerTenant: GUID });
  });

  it('uses the build defaults until the user changes them', async () => {
    const store = createSettingsStore(memoryArea(), undefined, { defaults: defaultSettings('sandbox') });
    expect((await store.load()).apiBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it('tells watchers about local changes, and stops when asked', async () => {
    const area = memoryArea();
    const changes = changeSource();
    const store = createSettingsStore(area, changes);
    const seen: string[] = [];
    const stop = store.watch((settings) => seen.push(settings.uiLanguage));
    await store.update({ uiLanguage: 'fr' });
    changes.emit({ settings: { newValue: area.data.settings } }, 'local');
    changes.emit({ other: { newValue: 1 } }, 'local');
    changes.emit({ settings: { newValue: {} } }, 'sync');
    await flush();
    expect(seen).toEqual(['fr']);
    stop();
    expect(changes.count()).toBe(0);
  });
});

describe('managed policy', () => {
  const policy = (values: Record<string, unknown>) => ({ get: async () => values });

  it('wins over the user’s values and locks the fields it sets', async () => {
    const area = memoryArea({ settings: { partnerTenant: 'mine.onmicrosoft.com', partnerName: 'Mine', uiLanguage: 'fr' } });
    const store = createSettingsStore(area, undefined, {
      managed: policy({ partnerTenant: GUID, delegatedClientId: GUID, partnerRole: 'indirect-provider', somethingElse: true }),
    });
    const state = await store.loadWithPolicy();
    expect(state.settings).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fr',
      partnerName: 'Mine',
      partnerTenant: GUID,
      delegatedClientId: GUID,
      partnerRole: 'indirect-provider',
    });
    expect([...state.locked].sort()).toEqual(['delegatedClientId', 'partnerRole', 'partnerTenant']);
    expect(state.policyRejected).toEqual([]);
    expect(await store.load()).toEqual(state.settings);
  });

  it('ignores bad policy values field by field and reports them', async () => {
    const store = createSettingsStore(memoryArea({ settings: { apiBaseUrl: 'http://127.0.0.1:4010' } }), undefined, {
      managed: policy({ apiBaseUrl: 'https://proxy.example.com', partnerRole: 'boss', partnerName: 'Contoso' }),
    });
    const state = await store.loadWithPolicy();
    expect(state.settings).toMatchObject({ apiBaseUrl: 'http://127.0.0.1:4010', partnerRole: null, partnerName: 'Contoso' });
    expect([...state.locked]).toEqual(['partnerName']);
    expect(state.policyRejected.sort()).toEqual(['apiBaseUrl', 'partnerRole']);
  });

  it.each([
    ['Firefox without a policy: the read fails', { get: () => Promise.reject(new Error('Managed storage manifest not found')) }],
    ['a policy that is not an object', { get: async () => 'nonsense' as never }],
  ])('%s: no policy', async (_name, managed) => {
    const store = createSettingsStore(memoryArea(), undefined, { managed });
    const state = await store.loadWithPolicy();
    expect(state).toEqual({ settings: DEFAULT_SETTINGS, locked: new Set(), policyRejected: [] });
  });

  it('refuses to change a locked field, and changes nothing', async () => {
    const area = memoryArea();
    const store = createSettingsStore(area, undefined, { managed: policy({ partnerTenant: GUID }) });
    const refused = store.update({ partnerTenant: 'other.onmicrosoft.com', partnerName: 'Contoso' });
    await expect(refused).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(refused).rejects.toMatchObject({ fields: ['partnerTenant'], messageKey: 'settings.errors.locked' });
    expect(area.data).toEqual({});
  });

  it('accepts a form that sends a locked field unchanged, and stores only the user’s own fields', async () => {
    const area = memoryArea();
    const store = createSettingsStore(area, undefined, { managed: policy({ partnerTenant: GUID }) });
    const saved = await store.update({ partnerTenant: GUID.toUpperCase(), partnerName: 'Contoso' });
    expect(saved).toMatchObject({ partnerTenant: GUID, partnerName: 'Contoso' });
    expect(area.data.settings).toMatchObject({ partnerTenant: '', partnerName: 'Contoso' });
  });

  it('the user’s value comes back when the policy is removed', async () => {
    let values: Record<string, unknown> = { partnerName: 'Policy name' };
    const changes = changeSource();
    const store = createSettingsStore(memoryArea({ settings: { partnerName: 'My name' } }), changes, {
      managed: { get: async () => values },
    });
    const seen: [string, string[]][] = [];
    store.watchWithPolicy((state) => seen.push([state.settings.partnerName, [...state.locked]]));
    expect((await store.load()).partnerName).toBe('Policy name');
    values = {};
    changes.emit({ partnerName: { newValue: undefined } }, 'managed');
    await flush();
    expect(seen).toEqual([['My name', []]]);
  });
});
