import de from '@/locales/email/de.json';
import en from '@/locales/email/en.json';
import es from '@/locales/email/es.json';
import fr from '@/locales/email/fr.json';
import it from '@/locales/email/it.json';
import nl from '@/locales/email/nl.json';
import pt from '@/locales/email/pt.json';
import type { InvitationLocale } from './locales';

/** The wording of every invitation in one language; English is the reference shape. */
export type EmailTexts = typeof en;

export const EMAIL_TEXTS: Readonly<Record<InvitationLocale, EmailTexts>> = { en, fr, de, es, it, nl, pt };

export type TemplateParams = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Replaces `{{name}}` placeholders; a placeholder without a value is a bug in the caller, so it throws. */
export function fill(template: string, params: TemplateParams = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for the email placeholder {{${name}}}`);
    return value;
  });
}
