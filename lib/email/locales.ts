export const INVITATION_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type InvitationLocale = (typeof INVITATION_LOCALES)[number];

/** Tags handed to Intl for dates; Portuguese templates are written in Brazilian Portuguese. */
export const INTL_LOCALE: Record<InvitationLocale, string> = {
  en: 'en-US',
  fr: 'fr-FR',
  de: 'de-DE',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  pt: 'pt-BR',
};

function isInvitationLocale(value: string): value is InvitationLocale {
  return (INVITATION_LOCALES as readonly string[]).includes(value);
}

/** The template language for a customer's language or culture (`fr-CA`, `pt_BR`, `nl-BE`…); English when none fits. */
export function pickInvitationLocale(languageTag: string | undefined): InvitationLocale {
  const base = languageTag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isInvitationLocale(base) ? base : 'en';
}
