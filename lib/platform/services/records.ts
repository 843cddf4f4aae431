import { handleMessage, type HandlerContext } from '../../messaging';
import { customerRecord, searchCustomers } from '../../records/customers';
import { invitationsOf, recordInvitation } from '../../records/invitations';
import { findCustomers } from '../../status/customer-search';
import { partnerCenterClient, tokens } from '../partner-center';
import { recordsDb } from '../records';

export function registerRecordsService(context: HandlerContext): void {
  handleMessage('getCustomerRecord', context, async ({ tenantId }) => {
    const db = await recordsDb();
    const [customer, invitations] = await Promise.all([customerRecord(db, tenantId), invitationsOf(db, tenantId)]);
    return { ...(customer && { customer }), invitations };
  });

  handleMessage('findCustomers', context, async ({ query }) => {
    const known = await searchCustomers(await recordsDb(), query);
    const client = (await tokens.getAccount()) ? await partnerCenterClient('en') : null;
    const finder = client && {
      getCustomer: (tenantId: string) => client.getCustomer(tenantId),
      customersNamed: async (prefix: string) => (await client.customersPage(null, { filter: { field: 'CompanyName', value: prefix }, pageSize: 20 })).customers,
    };
    return { customers: await findCustomers(query, known, finder, new Date()) };
  });

  handleMessage('recordInvitation', context, async (record) => ({ id: await recordInvitation(await recordsDb(), record) }));
}
