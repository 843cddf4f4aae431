import { describe, expect, it } from 'vitest';
import { applyLockedValues, draftFromSettings, inputFromDraft, withoutLocked } from '@/components/options/form-state';
import { DEFAULT_SETTINGS, validateSettings } from '@/lib/settings/schema';

describe('options form values', () => {
  it('an unchosen role is an empty choice in the form and null in the settings', () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    expect(draft.partnerRole).toBe('');
    expect(inputFromDraft(draft).partnerRole).toBeNull();
    expect(validateSettings(inputFromDraft(draft))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(inputFromDraft({ ...draft, partnerRole: 'indirect-reseller' }).partnerRole).toBe('indirect-reseller');
  });

  it('keeping every record is an empty retention field, and a number of days its text', () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    expect(draft.recordRetentionDays).toBe('');
    expect(validateSettings(inputFromDraft(draft))).toMatchObject({ ok: true, settings: { recordRetentionDays: 0 } });
    expect(draftFromSettings({ ...DEFAULT_SETTINGS, recordRetentionDays: 90 }).recordRetentionDays).toBe('90');
    expect(validateSettings(inputFromDraft({ ...draft, recordRetentionDays: '90' }))).toMatchObject({
      ok: true,
      settings: { recordRetentionDays: 90 },
    });
  });

  it('leaves locked fields out of what is saved', () => {
    const patch = withoutLocked(
      { ...DEFAULT_SETTINGS, partnerName: 'Contoso' },
      new Set(['partnerTenant', 'apiBaseUrl'] as const),
    );
    expect(patch).not.toHaveProperty('partnerTenant');
    expect(patch).not.toHaveProperty('apiBaseUrl');
    expect(patch.partnerName).toBe('Contoso');
  });

  it('a policy change replaces locked fields and keeps the user’s other edits', () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), partnerName: 'typing…', partnerTenant: 'mine.com' };
    const next = applyLockedValues(
      draft,
      { ...DEFAULT_SETTINGS, partnerTenant: 'policy.onmicrosoft.com' },
      new Set(['partnerTenant'] as const),
    );
    expect(next).toMatchObject({ partnerName: 'typing…', partnerTenant: 'policy.onmicrosoft.com' });
  });
});
