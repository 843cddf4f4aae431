import { describe, expect, it } from 'vitest';
import { catalogs } from '@/locales/catalog';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, defaultSettings, validateSettings, type SettingsField } from '@/lib/settings/schema';

const GUID = '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

type Case = [SettingsField, unknown, unknown];

/** [field, input, what is kept] */
const VALID: Case[] = [
  ['uiLanguage', 'auto', 'auto'],
  ['uiLanguage', 'fr', 'fr'],
  ['partnerTenant', '', ''],
  ['partnerTenant', GUID, GUID],
  ['partnerTenant', GUID.toUpperCase(), GUID],
  ['partnerTenant', ' contoso.onmicrosoft.com ', 'contoso.onmicrosoft.com'],
  ['partnerTenant', 'Contoso.com', 'contoso.com'],
  ['partnerTenant', 'partner-co.example.co.uk', 'partner-co.example.co.uk'],
  ['delegatedClientId', '', ''],
  ['delegatedClientId', GUID, GUID],
  ['appOnlyClientId', ` ${GUID} `, GUID],
  ['partnerRole', 'direct-bill', 'direct-bill'],
  ['partnerRole', 'indirect-provider', 'indirect-provider'],
  ['partnerRole', 'indirect-reseller', 'indirect-reseller'],
  ['partnerRole', null, null],
  ['partnerName', ' Contoso Cloud Partners ', 'Contoso Cloud Partners'],
  ['partnerName', 'x'.repeat(200), 'x'.repeat(200)],
  ['emailSignature', 'Camille\r\nContoso\r\n+33 1 23 45 67 89\n\n', 'Camille\nContoso\n+33 1 23 45 67 89'],
  ['emailSignature', '', ''],
  ['defaultInvitationLanguage', 'pt', 'pt'],
  ['defaultInvitationLanguage', 'nl', 'nl'],
  ['apiBaseUrl', 'https://api.partnercenter.microsoft.com', 'https://api.partnercenter.microsoft.com'],
  ['apiBaseUrl', 'https://api.partnercenter.microsoft.com/', 'https://api.partnercenter.microsoft.com'],
  ['apiBaseUrl', 'http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ['apiBaseUrl', 'http://127.0.0.1:5123/', 'http://127.0.0.1:5123'],
  ['signInAuthority', 'https://login.microsoftonline.com', 'https://login.microsoftonline.com'],
  ['signInAuthority', 'https://login.microsoftonline.com/', 'https://login.microsoftonline.com'],
  ['apiRequestsPerMinute', 60, 60],
  ['apiRequestsPerMinute', '10000', 10_000],
  // Empty or 0: keep every record.
  ['recordRetentionDays', '', 0],
  ['recordRetentionDays', 0, 0],
  ['recordRetentionDays', '0', 0],
  ['recordRetentionDays', 30, 30],
  ['recordRetentionDays', '30', 30],
  ['recordRetentionDays', '365', 365],
  ['recordRetentionDays', 3650, 3650],
  ['createAgreementMyself', true, true],
  ['createAgreementMyself', 'false', false],
  ['attestationNotifications', 'true', true],
  ['attestationNotifications', false, false],
];

/** [field, input, message key] */
const INVALID: [SettingsField, unknown, string][] = [
  ['uiLanguage', 'de', 'settings.errors.uiLanguage'],
  ['uiLanguage', undefined, 'settings.errors.uiLanguage'],
  ['partnerTenant', 'contoso', 'settings.errors.partnerTenant'],
  ['partnerTenant', 'https://contoso.com', 'settings.errors.partnerTenant'],
  ['partnerTenant', '4d3c2b1a-5e6f-4a7b-8c9d', 'settings.errors.partnerTenant'],
  ['partnerTenant', 'contoso..com', 'settings.errors.partnerTenant'],
  ['partnerTenant', 42, 'settings.errors.partnerTenant'],
  ['delegatedClientId', 'not-a-guid', 'settings.errors.delegatedClientId'],
  ['delegatedClientId', `${GUID}0`, 'settings.errors.delegatedClientId'],
  ['appOnlyClientId', 'contoso.onmicrosoft.com', 'settings.errors.appOnlyClientId'],
  ['partnerRole', 'reseller', 'settings.errors.partnerRole'],
  ['partnerRole', '', 'settings.errors.partnerRole'],
  ['partnerName', 'x'.repeat(201), 'settings.errors.partnerName'],
  ['emailSignature', 'x'.repeat(2001), 'settings.errors.emailSignature'],
  ['emailSignature', null, 'settings.errors.emailSignature'],
  ['defaultInvitationLanguage', 'ja', 'settings.errors.defaultInvitationLanguage'],
  ['apiBaseUrl', 'http://api.partnercenter.microsoft.com', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'http://192.168.1.10:4010', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'api.partnercenter.microsoft.com', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'https://user:pass@api.example.com', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'https://api.example.com/?x=1', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'ftp://api.example.com', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'https://proxy.example.com/partner-center/', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'http://localhost:4010/', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'https://login.microsoftonline.com', 'settings.errors.apiBaseUrl'],
  ['apiBaseUrl', 'https://api.partnercenter.microsoft.com/v1', 'settings.errors.apiBaseUrl'],
  ['signInAuthority', 'http://[::1]:4010', 'settings.errors.signInAuthority'],
  ['signInAuthority', 'https://api.partnercenter.microsoft.com', 'settings.errors.signInAuthority'],
  ['signInAuthority', 'javascript:alert(1)', 'settings.errors.signInAuthority'],
  ['signInAuthority', 'https://login.microsoftonline.com/#x', 'settings.errors.signInAuthority'],
  ['signInAuthority', '', 'settings.errors.signInAuthority'],
  ['apiRequestsPerMinute', 59, 'settings.errors.apiRequestsPerMinute'],
  ['apiRequestsPerMinute', '10001', 'settings.errors.apiRequestsPerMinute'],
  ['recordRetentionDays', 29, 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', '29', 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', 1, 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', -30, 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', 3651, 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', '3651', 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', 90.5, 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', 'ninety', 'settings.errors.recordRetentionDays'],
  ['recordRetentionDays', undefined, 'settings.errors.recordRetentionDays'],
  ['createAgreementMyself', 'yes', 'settings.errors.createAgreementMyself'],
  ['createAgreementMyself', 1, 'settings.errors.createAgreementMyself'],
  ['attestationNotifications', null, 'settings.errors.attestationNotifications'],
  ['attestationNotifications', 'TRUE', 'settings.errors.attestationNotifications'],
];

function lookup(key: string, locale: 'en' | 'fr'): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[locale]);
}

describe('settings fields', () => {
  it.each(VALID)('%s accepts %j as %j', (field, input, kept) => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, [field]: input });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, [field]: kept } });
  });

  it.each(INVALID)('%s refuses %j with %s', (field, input, key) => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, [field]: input });
    expect(result).toEqual({ ok: false, errors: { [field]: key } });
  });

  it('names every invalid field at once', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, partnerTenant: 'x', apiBaseUrl: 'http://example.com' });
    expect(result).toEqual({
      ok: false,
      errors: { partnerTenant: 'settings.errors.partnerTenant', apiBaseUrl: 'settings.errors.apiBaseUrl' },
    });
  });

  it('every field has a label, a hint and an error message in English and French', () => {
    for (const field of SETTINGS_FIELDS) {
      for (const locale of ['en', 'fr'] as const) {
        expect(lookup(`settings.fields.${field}.label`, locale), `${locale} ${field} label`).toEqual(expect.any(String));
        expect(lookup(`settings.fields.${field}.hint`, locale), `${locale} ${field} hint`).toEqual(expect.any(String));
        expect(lookup(`settings.errors.${field}`, locale), `${locale} ${field} error`).toEqual(expect.any(String));
      }
    }
  });
});

describe('default settings', () => {
  it('the store build talks to Microsoft', () => {
    expect(defaultSettings('store')).toMatchObject({
      apiBaseUrl: 'https://api.partnercenter.microsoft.com',
      signInAuthority: 'https://login.microsoftonline.com',
      uiLanguage: 'auto',
      partnerRole: null,
      defaultInvitationLanguage: 'en',
      recordRetentionDays: 0,
    });
    expect(DEFAULT_SETTINGS).toEqual(defaultSettings('store'));
  });

  it('the sandbox build talks to the sandbox, on its default port or another', () => {
    expect(defaultSettings('sandbox')).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:4010',
      signInAuthority: 'http://127.0.0.1:4010',
      recordRetentionDays: 0,
    });
    expect(defaultSettings('sandbox', 'http://127.0.0.1:5123/')).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:5123',
      signInAuthority: 'http://127.0.0.1:5123',
    });
  });

  it.each(['store', 'sandbox'] as const)('the %s defaults are valid settings', (build) => {
    expect(validateSettings(defaultSettings(build))).toEqual({ ok: true, settings: defaultSettings(build) });
  });
});
