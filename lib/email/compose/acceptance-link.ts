import { formatInstantIn } from '../dates';
import type { InvitationDocument } from '../document';
import type { InvitationInputOf } from '../schema';
import { fill, type EmailTexts } from '../templates';
import { agreementText, link, namesOf, paragraph, signOff } from './blocks';

/** To the signer named in the attestation: Microsoft's link, what accepting there means, until when, and what comes after. */
export function composeAcceptanceLink(input: InvitationInputOf<'acceptance-link'>, texts: EmailTexts): InvitationDocument {
  const t = texts.acceptanceLink;
  const names = namesOf(input);
  const { signer, acceptance } = input;
  return {
    locale: input.locale,
    subject: fill(t.subject, names),
    recipient: signer.email,
    blocks: [
      paragraph(texts.common.greetingNamed, { contactName: `${signer.firstName} ${signer.lastName}` }),
      paragraph(t.intro, names),
      paragraph(t.what, names),
      paragraph(t.openLink),
      link(acceptance.url),
      paragraph(t.expiry, { expiresAt: formatInstantIn(acceptance.expiresAt, input.locale, input.customer.country) }),
      paragraph(t.after, names),
      paragraph(t.personal),
      ...agreementText(texts),
      ...signOff(texts, input.partner),
    ],
  };
}
