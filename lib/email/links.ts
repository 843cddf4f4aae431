import { InvitationInputError, invitationErrorKey, type InvitationInputIssue } from './errors';
import { isGuid } from '../tenant/tenant-id';
import { PARTNER_ID_PATTERN } from './identifiers';

/** Where a customer reviews and accepts the MCA in the Microsoft 365 admin center (Partner Center documentation). */
export const MCA_ACCEPTANCE_URL = 'https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement';

/** The text of the Microsoft Customer Agreement (the `agreementLink` of the MCA agreement metadata). */
export const MCA_TEXT_URL = 'https://aka.ms/customeragreement';

// Hosts of the links Partner Center's relationship request has used (current admin center, legacy portal).
const RELATIONSHIP_LINK_HOSTS = ['admin.microsoft.com', 'admin.cloud.microsoft', 'portal.office.com'];

/** A relationship link as Partner Center hands it out: https, on a Microsoft admin host. */
export function isRelationshipLink(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    url.protocol === 'https:' && url.username === '' && url.password === '' && RELATIONSHIP_LINK_HOSTS.includes(url.hostname)
  );
}

export interface ResellerRelationshipLinkParams {
  /** The tenant id of the partner sending the invitation (for an indirect reseller: the reseller's own tenant). */
  partnerTenantId: string;
  /** Set for an indirect reseller: the tenant id of its indirect provider. */
  indirectProviderTenantId?: string;
  /** For an indirect reseller: its Partner ID (MPN ID); `0` when unknown. */
  resellerMpnId?: string;
}

/**
 * The reseller relationship invitation link. The direct form is documented with `GET /v1/customers/relationshiprequests`;
 * the indirect-reseller form is known only from third parties (docs/partner-center-api.md §5.3) and lives here alone.
 */
export function buildResellerRelationshipUrl(params: ResellerRelationshipLinkParams): string {
  const issues: InvitationInputIssue[] = [];
  const partnerTenantId = params.partnerTenantId.trim().toLowerCase();
  const indirectProviderTenantId = params.indirectProviderTenantId?.trim().toLowerCase();
  const resellerMpnId = params.resellerMpnId?.trim() || '0';
  if (!isGuid(partnerTenantId)) issues.push({ path: ['partnerTenantId'], messageKey: invitationErrorKey('guid') });
  if (indirectProviderTenantId !== undefined && !isGuid(indirectProviderTenantId)) {
    issues.push({ path: ['indirectProviderTenantId'], messageKey: invitationErrorKey('guid') });
  }
  if (!PARTNER_ID_PATTERN.test(resellerMpnId))
    issues.push({ path: ['resellerMpnId'], messageKey: invitationErrorKey('partnerId') });
  if (issues.length > 0) throw new InvitationInputError(issues);

  const base = 'https://admin.microsoft.com/Adminportal/Home';
  const fragment = '#/BillingAccounts/partner-invitation';
  if (indirectProviderTenantId === undefined) {
    return `${base}?invType=ResellerRelationship&partnerId=${partnerTenantId}&msppId=0&DAP=false${fragment}`;
  }
  return (
    `${base}?invType=IndirectResellerRelationship&partnerId=${partnerTenantId}&msppId=${resellerMpnId}` +
    `&indirectCSPId=${indirectProviderTenantId}&DAP=false${fragment}`
  );
}
