import { formatLongDate } from '../dates';
import type { InvitationDocument } from '../document';
import type { InvitationLocale } from '../locales';
import type { InvitationInputOf } from '../schema';
import { fill, type EmailTexts } from '../templates';
import { details, namesOf, paragraph, signOff } from './blocks';

/** Since this day the Partner Center UI can no longer create attestations: only the enhanced attestation API can. */
export const ATTESTATION_API_ONLY_SINCE = '2026-01-05';

export function composeIndirectProviderRequest(
  input: InvitationInputOf<'indirect-provider-request'>,
  texts: EmailTexts,
  locale: InvitationLocale,
): InvitationDocument {
  const t = texts.indirectProviderRequest;
  const names = namesOf(input);
  const { signer, customer, partner } = input;
  const providerName = input.indirectProvider?.name;
  return {
    locale: input.locale,
    subject: fill(t.subject, names),
    recipient: input.indirectProvider?.email,
    blocks: [
      providerName === undefined ? paragraph(texts.common.greetingGeneric) : paragraph(t.greetingNamed, { providerName }),
      paragraph(t.intro, names),
      details(t.customerTitle, [
        { label: t.companyName, value: customer.companyName },
        { label: t.tenantId, value: customer.tenantId, verbatim: true },
      ]),
      details(t.signerTitle, [
        { label: t.firstName, value: signer.firstName },
        { label: t.lastName, value: signer.lastName },
        { label: t.email, value: signer.email },
        { label: t.phone, value: signer.phone },
        // The ISO form too: it is what the provider types into the API.
        { label: t.dateAgreed, value: `${formatLongDate(signer.dateAgreed, locale)} (${signer.dateAgreed})` },
      ]),
      details(t.resellerTitle, [
        { label: t.resellerName, value: partner.name },
        { label: t.resellerTenantId, value: partner.tenantId, verbatim: true },
        { label: t.resellerMpnId, value: input.resellerMpnId, verbatim: true },
      ]),
      paragraph(t.apiNote, { apiOnlySince: formatLongDate(ATTESTATION_API_ONLY_SINCE, locale) }),
      paragraph(t.confirm),
      ...signOff(texts, partner),
    ],
  };
}
