import type { InvitationDocument } from '../document';
import { MCA_ACCEPTANCE_URL } from '../links';
import type { InvitationInputOf } from '../schema';
import type { EmailTexts } from '../templates';
import { customerEmail, link, namesOf, paragraph, steps } from './blocks';

export function composeAcceptMca(input: InvitationInputOf<'accept-mca'>, texts: EmailTexts): InvitationDocument {
  const t = texts.acceptMca;
  const names = namesOf(input);
  return customerEmail(input, texts, t.subject, [
    paragraph(t.intro, names),
    paragraph(t.why),
    paragraph(t.openLink),
    link(MCA_ACCEPTANCE_URL),
    steps([t.step1, t.step2, t.step3, t.step4], names),
    paragraph(t.recorded),
    paragraph(t.blockedByPartner),
  ]);
}
