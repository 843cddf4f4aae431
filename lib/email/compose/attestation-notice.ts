import type { InvitationDocument } from '../document';
import type { InvitationInputOf } from '../schema';
import type { EmailTexts } from '../templates';
import { customerEmail, namesOf, paragraph } from './blocks';

export function composeAttestationNotice(input: InvitationInputOf<'attestation-notice'>, texts: EmailTexts): InvitationDocument {
  const t = texts.attestationNotice;
  const names = namesOf(input);
  return customerEmail(input, texts, t.subject, [
    paragraph(t.intro, names),
    paragraph(t.microsoftEmail),
    paragraph(t.whomToAsk, names),
  ]);
}
