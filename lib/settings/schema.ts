import { z } from 'zod';
import { UI_LOCALES } from '../i18n/locale';

/** Settings kept in storage.local; every read goes through this schema so a damaged value never reaches the UI. */
export const settingsSchema = z.object({
  uiLanguage: z.enum(['auto', ...UI_LOCALES]).default('auto'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads stored settings field by field: a field that does not parse falls back to its default, the others are kept. */
export function parseStoredSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(record[key]);
    result[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return settingsSchema.parse(result);
}
