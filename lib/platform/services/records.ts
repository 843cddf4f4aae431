import { broadcast, handleMessage, type HandlerContext } from '@/lib/messaging';
import { customerRecord, searchCustomers } from '@/lib/records/customers';
import { invitationsOf, recordInvitation } from '@/lib/records/invitations';
import { applyRetention } from '@/lib/records/retention';
import { trackedAttestation, updateTrackedAttestation } from '@/lib/records/tracked-attestations';
import { findCustomers } from '@/lib/status/customer-search';
import { partnerCenterClient, tokens } from '../partner-center';
import { recordsDb } from '../records';
import { settingsStore } from '../settings';

/** The daily purge by the retention setting. */
const RETENTION_ALARM = 'records-retention';
const DAY_MINUTES = 24 * 60;

const purgeByRetention = async () => applyRetention(await settingsStore.load(), recordsDb, new Date());

/**
 * Creating an alarm replaces one of the same name and restarts its day, and the MV3 worker starts many times a day: only
 * a missing alarm is created. A browser may drop its alarms when it restarts, so the first purge comes soon after.
 */
async function keepRetentionAlarm(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM)))
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 10, periodInMinutes: DAY_MINUTES });
}

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
      customersStartingWith: async (field: 'CompanyName' | 'Domain', prefix: string) =>
        (await client.customersPage(null, { filter: { field, value: prefix }, pageSize: 20 })).customers,
    };
    return { customers: await findCustomers(query, known, finder, new Date()) };
  });

  handleMessage('recordInvitation', context, async ({ attestationId, ...record }) => {
    const db = await recordsDb();
    const id = await recordInvitation(db, record);
    if (attestationId !== undefined && record.kind === 'acceptance-link') {
      const emailed = await updateTrackedAttestation(db, attestationId, (tracked) => ({
        ...tracked,
        linkEmailedAt: new Date().toISOString(),
      }));
      if (emailed) broadcast('statusChanged', { tenantId: emailed.tenantId });
    }
    return { id };
  });

  handleMessage('getTrackedAttestation', context, async ({ attestationId }) => ({
    attestation: (await trackedAttestation(await recordsDb(), attestationId)) ?? null,
  }));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeByRetention();
  });
  void keepRetentionAlarm();
  handleMessage('purgeOldRecords', context, purgeByRetention);
}
