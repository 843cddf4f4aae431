import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTNER_ROLES } from '@/lib/mca/types';
import { INVITATION_LANGUAGES, KEEP_ALL_RECORDS, RECORD_RETENTION_MAX_DAYS } from '@/lib/settings/fields';
import { SETTINGS_FIELDS } from '@/lib/settings/schema';
import { UI_LOCALES } from '@/lib/i18n/locale';

const INTEGER_FIELDS = ['apiRequestsPerMinute', 'recordRetentionDays'];
const BOOLEAN_FIELDS = ['createAgreementMyself', 'attestationNotifications'];

interface PolicyProperty {
  title: string;
  description: string;
  type: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

const schema = JSON.parse(readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8')) as {
  type: string;
  properties: Record<string, PolicyProperty>;
};

describe('storage.managed schema', () => {
  it('describes exactly the settings, each titled, as a string, an integer (the request rate, the retention) or a boolean (the attestation choices)', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTINGS_FIELDS].sort());
    for (const [field, property] of Object.entries(schema.properties)) {
      expect(property.type).toBe(
        INTEGER_FIELDS.includes(field) ? 'integer' : BOOLEAN_FIELDS.includes(field) ? 'boolean' : 'string',
      );
      expect(property.title.length).toBeGreaterThan(0);
      expect(property.description.length).toBeGreaterThan(0);
    }
  });

  it('lists the same choices as the settings schema', () => {
    expect(schema.properties.uiLanguage?.enum).toEqual(['auto', ...UI_LOCALES]);
    expect(schema.properties.partnerRole?.enum).toEqual([...PARTNER_ROLES]);
    expect(schema.properties.defaultInvitationLanguage?.enum).toEqual([...INVITATION_LANGUAGES]);
  });

  it('bounds the retention as the settings do, 0 keeping everything', () => {
    expect(schema.properties.recordRetentionDays).toMatchObject({
      minimum: KEEP_ALL_RECORDS,
      maximum: RECORD_RETENTION_MAX_DAYS,
    });
  });
});
