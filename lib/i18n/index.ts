import { catalogs } from '@/locales/catalog';
import { createTranslator, type Message, type MessageKey, type Translator } from './translator';
import type { UiLocale } from './locale';

export type AppMessageKey = MessageKey<(typeof catalogs)['en']>;
export type AppTranslator = Translator<AppMessageKey>;
/** A message whose key the catalogue is known to have. */
export type AppMessage = Message & { key: AppMessageKey };

export function appTranslator(locale: UiLocale): AppTranslator {
  return createTranslator(catalogs, locale);
}

export { resolveUiLocale, UI_LOCALES, type UiLocale, type UiLanguagePreference } from './locale';
export type { Message, MessageParams } from './translator';
