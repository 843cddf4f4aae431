import type { AttestationLink } from '@/lib/attestation/flow';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import type { AppMessageKey } from '@/lib/i18n';
import { ATTESTATION_STATUSES } from '@/lib/partner-center/contract';

/** Partner Center's instants carry no zone and are UTC; shown with the time, in the reader's zone and language. */
export function formatInstant(instant: string, locale: string): string {
  const at = parsePartnerCenterDate(instant);
  return at === undefined ? instant : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/** `fr-FR` → "français (France)" in the reader's language; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What Partner Center's status of a link means, in the catalogue; null for a status it does not list. */
export function statusKey(link: Pick<AttestationLink, 'status' | 'acceptedAt'>): AppMessageKey | null {
  if (link.status === 'customeraccepted' && link.acceptedAt) return 'attestation.link.status.customeracceptedOn';
  return (ATTESTATION_STATUSES as readonly string[]).includes(link.status)
    ? (`attestation.link.status.${link.status}` as AppMessageKey)
    : null;
}
