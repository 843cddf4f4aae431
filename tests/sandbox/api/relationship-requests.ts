// GET /v1/customers/relationshiprequests (docs/partner-center-api.md §5.3): the link a customer follows to accept the
// partner as its reseller, built from the caller's tenant.
import type { RelationshipRequest } from '@/lib/partner-center/schemas';
import { INDIRECT_RESELLER_MPN_ID, INDIRECT_RESELLER_TENANT_ID, PARTNER_TENANT_ID } from '../auth/users';
import { ok, type ApiHandler } from './context';

const ADMIN_CENTER = 'https://admin.microsoft.com/Adminportal/Home';
const INVITATION_ROUTE = '#/BillingAccounts/partner-invitation';

export const getRelationshipRequest: ApiHandler = ({ principal }) => {
  const query =
    principal.tenantId === INDIRECT_RESELLER_TENANT_ID
      ? `invType=IndirectResellerRelationship&partnerId=${INDIRECT_RESELLER_TENANT_ID}&msppId=${INDIRECT_RESELLER_MPN_ID}&indirectCSPId=${PARTNER_TENANT_ID}&DAP=false`
      : `invType=ResellerRelationship&partnerId=${principal.tenantId}&msppId=0&DAP=false`;
  const request: RelationshipRequest = {
    url: `${ADMIN_CENTER}?${query}${INVITATION_ROUTE}`,
    attributes: { objectType: 'RelationshipRequest' },
  };
  return ok(request);
};
