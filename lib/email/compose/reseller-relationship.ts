import type { InvitationDocument } from '../document';
import { buildResellerRelationshipUrl, MCA_ACCEPTANCE_URL } from '../links';
import type { InvitationInputOf } from '../schema';
import type { EmailTexts } from '../templates';
import { customerEmail, link, namesOf, paragraph, steps } from './blocks';

type ResellerRelationshipInput = InvitationInputOf<'reseller-relationship'>;

/** The link Partner Center gave, else the documented form built from the partner's tenant id (the schema ensures one). */
function relationshipLinkOf(input: ResellerRelationshipInput): string {
  return (
    input.relationshipUrl ??
    buildResellerRelationshipUrl({
      partnerTenantId: input.partner.tenantId ?? '',
      indirectProviderTenantId: input.indirectProviderTenantId,
      resellerMpnId: input.resellerMpnId,
    })
  );
}

export function composeResellerRelationship(input: ResellerRelationshipInput, texts: EmailTexts): InvitationDocument {
  const t = texts.resellerRelationship;
  const names = namesOf(input);
  const relationshipLink = relationshipLinkOf(input);
  const isIndirect = /[?&]invType=IndirectResellerRelationship(&|#|$)/i.test(relationshipLink);
  return customerEmail(input, texts, t.subject, [
    paragraph(t.intro, names),
    ...(isIndirect ? [paragraph(t.indirect)] : []),
    paragraph(t.globalAdmin, names),
    paragraph(t.openLink),
    link(relationshipLink),
    steps([t.step1, t.step2, t.step3], names),
    paragraph(t.mcaFollowUp),
    link(MCA_ACCEPTANCE_URL),
  ]);
}
