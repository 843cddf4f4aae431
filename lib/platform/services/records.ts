import { handleMessage, type HandlerContext } from '../../messaging';
import { customerRecord, searchCustomers } from '../../records/customers';
import { invitationsOf, recordInvitation } from '../../records/invitations';
import { recordsDb } from '../records';

export function registerRecordsService(context: HandlerContext): void {
  handleMessage('getCustomerRecord', context, async ({ tenantId }) => {
    const db = await recordsDb();
    const [customer, invitations] = await Promise.all([customerRecord(db, tenantId), invitationsOf(db, tenantId)]);
    return { ...(customer && { customer }), invitations };
  });

  handleMessage('findCustomers', context, async ({ query }) => ({ customers: await searchCustomers(await recordsDb(), query) }));

  handleMessage('recordInvitation', context, async (record) => ({ id: await recordInvitation(await recordsDb(), record) }));
}
