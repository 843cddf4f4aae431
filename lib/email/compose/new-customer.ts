import type { InvitationDocument } from '../document';
import { MCA_ACCEPTANCE_URL } from '../links';
import type { InvitationInputOf } from '../schema';
import type { EmailTexts } from '../templates';
import { customerEmail, details, link, namesOf, paragraph, steps } from './blocks';

/** The temporary password goes into the document and nowhere else. */
export function composeNewCustomer(input: InvitationInputOf<'new-customer'>, texts: EmailTexts): InvitationDocument {
  const t = texts.newCustomer;
  return customerEmail(input, texts, t.subject, [
    paragraph(t.intro, namesOf(input)),
    details(t.credentialsTitle, [
      { label: t.userName, value: input.credentials.userName, verbatim: true },
      { label: t.temporaryPassword, value: input.credentials.temporaryPassword, verbatim: true },
    ]),
    paragraph(t.openLink),
    link(MCA_ACCEPTANCE_URL),
    steps([t.step1, t.step2, t.step3]),
    paragraph(t.nextSteps),
    paragraph(t.security),
  ]);
}
