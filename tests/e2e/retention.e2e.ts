import { assessmentRecordOf } from '@/lib/records/assessments';
import type { EvidencePiece } from '@/lib/evidence/combine';
import { seriousAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { putRecords, tenantsIn, type Stores } from './support/records';

const DAY_MS = 86_400_000;
const OLD_CUSTOMER = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const RECENT_CUSTOMER = '11111111-2222-4333-8444-555555555555';
const ATTESTED_CUSTOMER = '99999999-8888-4777-8666-555555555555';

/** Records as months of use leave them: a customer seen 200 days ago, one seen 10 days ago, one attested 200 days ago. */
function records(now: number): Stores {
  const old = new Date(now - 200 * DAY_MS);
  const recent = new Date(now - 10 * DAY_MS);
  const piece = (tenantId: string, at: Date): EvidencePiece => ({
    tenantId,
    source: 'page',
    observedAt: at.toISOString(),
    directAcceptance: true,
  });
  const seen: [string, Date][] = [
    [OLD_CUSTOMER, old],
    [RECENT_CUSTOMER, recent],
    [ATTESTED_CUSTOMER, old],
  ];
  return {
    customers: seen.map(([tenantId, at]) => ({ tenantId, companyName: 'Contoso', lastSeenAt: at.toISOString() })),
    evidence: seen.map(([tenantId, at]) => piece(tenantId, at)),
    assessments: seen.map(([tenantId, at]) => assessmentRecordOf(tenantId, [piece(tenantId, at)], at)),
    invitations: [OLD_CUSTOMER, RECENT_CUSTOMER].map((tenantId, i) => ({
      tenantId,
      kind: 'accept-mca',
      locale: 'en',
      via: 'eml',
      at: [old, recent][i]!.toISOString(),
    })),
    attestations: [
      {
        tenantId: ATTESTED_CUSTOMER,
        requestId: 'req-1',
        correlationId: 'corr-1',
        signer: { firstName: 'Élodie', lastName: 'Durand', email: 'elodie@contoso.fr' },
        result: 'agreementcreated',
        at: old.toISOString(),
      },
    ],
  };
}

test('records older than the retention go when asked, the recent ones and the attestations stay', async ({ extension }) => {
  // The dashboard opens the database at its current version before anything is written into it.
  const dashboard = await extension.openExtensionPage('/dashboard.html');
  await dashboard.waitFor({ selector: '[data-testid="customer-count"]', text: 'Customers recorded: 0' });
  await putRecords(dashboard, records(Date.now()));
  await dashboard.close();

  const options = await extension.openExtensionPage('/options.html');
  await options.waitFor('#setting-recordRetentionDays:not([disabled])');
  // Keeping everything, the default: nothing to remove.
  expect(await options.waitFor('.purge-now button[disabled]')).toBe('Remove old records now');

  for (const refused of ['29', '3651']) {
    await options.fill('#setting-recordRetentionDays', refused);
    await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
    expect(await options.waitFor('#setting-recordRetentionDays-error')).toBe(
      'Enter a whole number of days between 30 and 3,650, or leave the field empty to keep every record.',
    );
  }
  expect(await options.texts('.purge-now button[disabled]')).toHaveLength(1);

  await options.fill('#setting-recordRetentionDays', '90');
  await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
  await options.waitFor({ selector: '[role="status"]', text: 'Settings saved.' });
  await options.click({ selector: '.purge-now button:not([disabled])', text: 'Remove old records now' });
  // Two old pieces of evidence and their assessments, the old invitation, and the customer left with nothing.
  const done = '6 records older than 90 days were removed.';
  expect(await options.waitFor({ selector: '.purge-now [role="status"]', text: done })).toBe(done);
  expect(await seriousAxeViolations(options)).toEqual([]);

  expect(await tenantsIn(options, ['customers', 'evidence', 'assessments', 'invitations', 'attestations'])).toEqual({
    customers: [RECENT_CUSTOMER, ATTESTED_CUSTOMER].sort(),
    evidence: [RECENT_CUSTOMER],
    assessments: [RECENT_CUSTOMER],
    invitations: [RECENT_CUSTOMER],
    attestations: [ATTESTED_CUSTOMER],
  });
});
