import type { PartnerCenterClient } from '../partner-center/client';
import type { AuditApi } from './types';

/** The audit's calls on a Partner Center client, which holds the partner tenant's rate limit. */
export function auditApiOf(client: PartnerCenterClient): AuditApi {
  return {
    customersPage: async (token) => {
      const page = await client.customersPage(token);
      return { items: page.customers, malformed: page.malformed, next: page.next, total: page.totalCount };
    },
    agreementRecordsPage: async (token) => {
      const page = await client.agreementRecordsPage(token);
      return { items: page.records, next: page.next };
    },
    customerAgreements: (tenantId) => client.getCustomerAgreements(tenantId),
    directSignStatus: (tenantId) => client.getDirectSignStatus(tenantId),
  };
}
