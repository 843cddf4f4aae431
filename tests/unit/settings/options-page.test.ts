// The options page rendered into a linkedom document: labels, errors tied to their fields, locks, saving.
import { parseHTML } from 'linkedom';
import { h, options as preactOptions, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/app/I18nContext';
import { OptionsApp } from '@/components/options/OptionsApp';
import { appTranslator } from '@/lib/i18n';
import type { RetentionOutcome } from '@/lib/records/retention';
import { SETTINGS_FIELDS } from '@/lib/settings/schema';
import { createSettingsStore, type StorageAreaLike } from '@/lib/settings/store';

const GUID = '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const GLOBALS = ['window', 'document', 'Node', 'HTMLElement', 'Event'] as const;

let root: HTMLElement;
let window: ReturnType<typeof parseHTML>['window'];

// Effects run after paint; with no frames here, run them on the next task instead of after Preact's 100 ms fallback.
preactOptions.requestAnimationFrame = (callback) => void setTimeout(callback, 0);

beforeEach(() => {
  ({ window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>'));
  for (const name of GLOBALS) (globalThis as Record<string, unknown>)[name] = window[name];
  root = window.document.getElementById('app') as unknown as HTMLElement;
});

afterEach(() => {
  render(null, root);
  for (const name of GLOBALS) delete (globalThis as Record<string, unknown>)[name];
});

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

interface MountOptions {
  locale?: 'en' | 'fr';
  managed?: Record<string, unknown>;
  copied?: string[];
  stored?: Record<string, unknown>;
  purgeOldRecords?: () => Promise<RetentionOutcome>;
}

async function mount(options: MountOptions = {}) {
  const area = memoryArea(options.stored ? { settings: options.stored } : {});
  const store = createSettingsStore(
    area,
    undefined,
    options.managed ? { managed: { get: async () => options.managed ?? {} } } : {},
  );
  const copyText = options.copied ? async (text: string) => void options.copied?.push(text) : undefined;
  const app = h(OptionsApp, { settings: store, redirectUris: [REDIRECT], copyText, purgeOldRecords: options.purgeOldRecords });
  render(h(I18nProvider, { value: appTranslator(options.locale ?? 'en') }, app), root);
  await settle();
  return area;
}

const $ = <T extends Element = HTMLInputElement>(selector: string) => root.querySelector<T>(selector);

async function type(selector: string, value: string) {
  const control = $(selector) as HTMLInputElement;
  control.value = value;
  control.dispatchEvent(new window.Event('input', { bubbles: true }));
  await settle();
}

async function click(selector: string) {
  $(selector)?.dispatchEvent(new window.Event('click', { bubbles: true }));
  await settle();
}

async function submit() {
  $('form')?.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

describe('options page', () => {
  it('shows every setting with its label tied to its control', async () => {
    await mount();
    for (const field of SETTINGS_FIELDS) {
      const control = $(`#setting-${field}`);
      expect(control, field).not.toBeNull();
      expect($(`label[for="setting-${field}"]`)?.textContent, field).toBeTruthy();
      expect(control?.getAttribute('aria-describedby')).toBe(`setting-${field}-hint`);
    }
    // The service addresses are fixed choices, never free text: the choices are Microsoft's.
    expect([...root.querySelectorAll('#setting-apiBaseUrl option')].map((option) => option.getAttribute('value'))).toEqual([
      'https://api.partnercenter.microsoft.com',
    ]);
    expect([...root.querySelectorAll('#setting-signInAuthority option')].map((option) => option.getAttribute('value'))).toEqual([
      'https://login.microsoftonline.com',
    ]);
    expect(root.querySelectorAll('input[type="url"]')).toHaveLength(0);
    expect(root.textContent).toContain('Save settings');
  });

  it('speaks French when the interface is in French', async () => {
    await mount({ locale: 'fr' });
    expect($('label[for="setting-partnerTenant"]')?.textContent).toBe('Tenant partenaire');
    expect(root.textContent).toContain('Enregistrer les paramètres');
  });

  it('marks an invalid field, says why next to it, and saves nothing', async () => {
    const area = await mount();
    await type('#setting-partnerTenant', 'not a tenant');
    await type('#setting-apiRequestsPerMinute', '5');
    await submit();
    const tenant = $('#setting-partnerTenant');
    expect(tenant?.getAttribute('aria-invalid')).toBe('true');
    expect(tenant?.getAttribute('aria-describedby')).toBe('setting-partnerTenant-hint setting-partnerTenant-error');
    expect($('#setting-partnerTenant-error')?.textContent).toContain('contoso.onmicrosoft.com');
    expect($('#setting-apiRequestsPerMinute')?.getAttribute('aria-invalid')).toBe('true');
    expect($('#setting-partnerName')?.hasAttribute('aria-invalid')).toBe(false);
    expect($('.form-actions [role="status"]')?.textContent).toContain('not valid');
    expect(area.data).toEqual({});
  });

  it('saves valid settings and says so in the live region', async () => {
    const area = await mount();
    await type('#setting-partnerTenant', GUID.toUpperCase());
    await type('#setting-partnerName', 'Contoso Cloud Partners');
    await submit();
    expect($('.form-actions [role="status"]')?.textContent).toBe('Settings saved.');
    expect(area.data.settings).toMatchObject({ partnerTenant: GUID, partnerName: 'Contoso Cloud Partners' });
    expect(($('#setting-partnerTenant') as HTMLInputElement).value).toBe(GUID);
  });

  it('turns the attestation choices on and off with checkboxes, saved as booleans', async () => {
    const area = await mount();
    const myself = $('#setting-createAgreementMyself') as HTMLInputElement;
    const notify = $('#setting-attestationNotifications') as HTMLInputElement;
    // linkedom keeps `checked` as the attribute Preact writes.
    expect([myself.hasAttribute('checked'), notify.hasAttribute('checked')]).toEqual([false, true]);
    for (const box of [myself, notify]) {
      box.checked = !box.hasAttribute('checked');
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    }
    await settle();
    await submit();
    expect(area.data.settings).toMatchObject({ createAgreementMyself: true, attestationNotifications: false });
  });

  it('clears a field’s error once it is edited', async () => {
    await mount();
    await type('#setting-partnerTenant', 'bad');
    await submit();
    await type('#setting-partnerTenant', 'contoso.onmicrosoft.com');
    expect($('#setting-partnerTenant')?.hasAttribute('aria-invalid')).toBe(false);
    expect($('#setting-partnerTenant-error')).toBeNull();
  });

  it('disables the fields the organisation sets, says so, and still saves the others', async () => {
    const area = await mount({ managed: { partnerTenant: GUID, apiBaseUrl: 'http://bad.example' } });
    const tenant = $('#setting-partnerTenant') as HTMLInputElement;
    expect(tenant.disabled).toBe(true);
    expect(tenant.value).toBe(GUID);
    expect(tenant.getAttribute('aria-describedby')).toBe('setting-partnerTenant-hint setting-partnerTenant-locked');
    expect($('#setting-partnerTenant-locked')?.textContent).toBe('Set by your organisation');
    expect(root.textContent).toContain('not valid for: Partner Center API address');
    await type('#setting-partnerName', 'Contoso');
    await submit();
    expect($('.form-actions [role="status"]')?.textContent).toBe('Settings saved.');
    expect(area.data.settings).toMatchObject({ partnerName: 'Contoso', partnerTenant: '' });
  });

  it('lists the redirect URI with a copy button', async () => {
    const copied: string[] = [];
    await mount({ copied });
    expect(root.querySelector('.redirect-uris code')?.textContent).toBe(REDIRECT);
    (root.querySelector('.redirect-uris button') as HTMLButtonElement).dispatchEvent(
      new window.Event('click', { bubbles: true }),
    );
    await settle();
    expect(copied).toEqual([REDIRECT]);
    expect(root.querySelector('.redirect-uris [role="status"]')?.textContent).toBe('Copied to the clipboard.');
  });

  it('has the setup guide with the app-only statement', async () => {
    await mount();
    const guide = root.querySelector('.setup-guide');
    expect(guide?.querySelectorAll('li')).toHaveLength(5);
    expect(guide?.textContent).toContain('user_impersonation');
    expect(guide?.textContent).toContain('app-only');
  });
});

describe('records retention on the options page', () => {
  const purgeButton = () => $<HTMLButtonElement>('.purge-now button') as HTMLButtonElement;

  it('refuses a retention under 30 days next to the field, and saves nothing', async () => {
    const area = await mount();
    await type('#setting-recordRetentionDays', '29');
    await submit();
    expect($('#setting-recordRetentionDays')?.getAttribute('aria-invalid')).toBe('true');
    expect($('#setting-recordRetentionDays-error')?.textContent).toBe(
      'Enter a whole number of days between 30 and 3,650, or leave the field empty to keep every record.',
    );
    expect(area.data).toEqual({});
  });

  it('offers to remove old records once a retention is saved, and says how many went', async () => {
    const calls: number[] = [];
    const area = await mount({ purgeOldRecords: async () => (calls.push(1), { ok: true, removed: 5, days: 90 }) });
    expect(($('#setting-recordRetentionDays') as HTMLInputElement).value).toBe('');
    expect(purgeButton().textContent).toBe('Remove old records now');
    expect(purgeButton().disabled).toBe(true);
    expect(purgeButton().getAttribute('aria-describedby')).toBe('setting-recordRetentionDays-hint');

    await type('#setting-recordRetentionDays', '90');
    await submit();
    expect(area.data.settings).toMatchObject({ recordRetentionDays: 90 });
    expect(purgeButton().disabled).toBe(false);
    await click('.purge-now button');
    expect(calls).toHaveLength(1);
    expect($('.purge-now [role="status"]')?.textContent).toBe('5 records older than 90 days were removed.');
    expect($('.purge-now [role="alert"]')).toBeNull();
  });

  it('says in French what was removed', async () => {
    await mount({
      locale: 'fr',
      stored: { recordRetentionDays: 30 },
      purgeOldRecords: async () => ({ ok: true, removed: 2, days: 30 }),
    });
    expect(purgeButton().textContent).toBe('Supprimer maintenant les anciens enregistrements');
    await click('.purge-now button');
    expect($('.purge-now [role="status"]')?.textContent).toBe('2 enregistrements de plus de 30 jours ont été supprimés.');
  });

  it.each([
    [
      'a failure of the records',
      async (): Promise<RetentionOutcome> => ({
        ok: false,
        error: { messageKey: 'records.errors.quota', retryable: true, code: 'quota' },
      }),
      'no space left',
    ],
    ['no answer from the background', () => Promise.reject(new Error('Could not establish connection')), 'did not answer'],
  ])('says so on %s', async (_name, purgeOldRecords, words) => {
    await mount({ stored: { recordRetentionDays: 365 }, purgeOldRecords });
    await click('.purge-now button');
    expect($('.purge-now [role="alert"]')?.textContent).toContain(words);
    expect($('.purge-now [role="status"]')?.textContent).toBe('');
    expect(purgeButton().disabled).toBe(false);
  });
});
