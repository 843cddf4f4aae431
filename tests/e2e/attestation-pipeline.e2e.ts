import type { TrackedAttestation } from '@/lib/records/types';
import type { ExtensionBrowser, Tab } from './support/browser';
import { captureDownloads, lastDownload } from './support/downloads';
import { expect, test } from './support/fixtures';
import { putRecords } from './support/records';
import { auditedBook } from './support/audited-book';
import { pointAtSandbox } from './support/sign-in';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const from = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

let count = 0;
/** A followed attestation as the records keep it, `id` naming its customer and its ids. */
function tracked(id: string, companyName: string, change: Partial<TrackedAttestation>): TrackedAttestation {
  count += 1;
  const n = String(count).padStart(12, '0');
  return {
    attestationId: `att-${id}`,
    tenantId: `aaaaaaaa-bbbb-4ccc-8ddd-${n}`,
    companyName,
    country: 'FR',
    language: 'fr-FR',
    signer: { firstName: 'Ada', lastName: `Signer ${id}`, email: `ada.${id}@customer.example` },
    attestedBy: { name: 'Camille Partner', upn: 'camille@partner.example', objectId: `o-${id}` },
    state: 'link-sent',
    acceptanceUrl: `https://accept.microsoft.com/mca?id=${id}`,
    linkExpiresAt: from(7 * DAY),
    createdAt: from(-DAY),
    requestId: `req-${id}`,
    correlationId: `cor-${id}`,
    ...change,
  };
}

const seeded = [
  tracked('soon', 'Contoso Soon', { linkExpiresAt: from(3 * HOUR) }),
  tracked('later', 'Fabrikam Later', { linkExpiresAt: from(5 * DAY) }),
  tracked('lapsed', 'Litware Lapsed', { linkExpiresAt: from(-2 * HOUR), createdAt: from(-8 * DAY) }),
  tracked('accepted', 'Northwind Accepted', { state: 'accepted', acceptedAt: from(-HOUR) }),
  tracked('agreed', 'Woodgrove Agreed', {
    state: 'agreement-created',
    acceptedAt: from(-3 * DAY),
    agreementCreatedAt: from(-2 * DAY),
  }),
  tracked('agreed-long-ago', 'Adventure Works Old', {
    state: 'agreement-created',
    acceptedAt: from(-41 * DAY),
    agreementCreatedAt: from(-40 * DAY),
  }),
  tracked('expired', 'Tailspin Expired', { state: 'expired', linkExpiresAt: from(-5 * DAY), createdAt: from(-12 * DAY) }),
  // A name that a spreadsheet would read as a formula: the export neutralises it.
  tracked('failed', '=Proseware Failed', { state: 'failed', failureCode: '600061' }),
];
const byId = (id: string) => seeded.find((a) => a.attestationId === `att-${id}`)!;

const group = (name: string) => `.attestation-pipeline section[data-group="${name}"]`;
const customersIn = (dashboard: Tab, name: string) => dashboard.texts(`${group(name)} tbody th`);

/** The dashboard over the seeded attestations, once its section has read them. */
async function dashboardWithSeeds(extension: ExtensionBrowser): Promise<Tab> {
  const dashboard = await extension.openExtensionPage('/dashboard.html');
  await putRecords(dashboard, { trackedAttestations: seeded });
  await dashboard.reload();
  await dashboard.waitFor({ selector: `${group('link-sent')} h3`, text: 'Link sent (2)' });
  return dashboard;
}

test('the attestations by state: counts, rows, the lapsed link under Expired, old agreements left out; the CSV and the link emailed again', async ({
  extension,
}) => {
  const dashboard = await dashboardWithSeeds(extension);

  expect(await dashboard.texts('.attestation-pipeline h3')).toEqual([
    'Link sent (2)',
    'Accepted — waiting for the agreement (1)',
    'Agreement created (1)',
    'Expired (2)',
    'Failed (1)',
  ]);
  // The link expiring within the day first, and flagged.
  expect(await customersIn(dashboard, 'link-sent')).toEqual(['Contoso Soon', 'Fabrikam Later']);
  expect(await dashboard.texts(`${group('link-sent')} .expiring-soon`)).toEqual(['less than 24 hours left']);
  const soon = await dashboard.texts(`tr[data-attestation="att-soon"] > *`);
  expect(soon).toEqual([
    'Contoso Soon',
    'Ada Signer soonada.soon@customer.example',
    'Camille Partner',
    expect.any(String),
    expect.stringMatching(/^Link expires in [23] hours less than 24 hours left$/),
    'Email the link againCheck now',
  ]);
  expect(await customersIn(dashboard, 'accepted')).toEqual(['Northwind Accepted']);
  expect(await dashboard.texts(`${group('accepted')} button`)).toEqual(['Create the agreement', 'Check now']);
  // The agreement of 40 days ago is done with.
  expect(await customersIn(dashboard, 'agreement-created')).toEqual(['Woodgrove Agreed']);
  expect(await dashboard.texts(`${group('agreement-created')} td`)).toContain('Agreement created 2 days ago');
  // Still "link sent" in the records, but past its expiry: expired, newest first.
  expect(await customersIn(dashboard, 'expired')).toEqual(['Litware Lapsed', 'Tailspin Expired']);
  expect(await dashboard.texts(`${group('expired')} button`)).toEqual(['Send a new link', 'Send a new link']);
  expect(await dashboard.texts(`${group('expired')} button[aria-label^="Send a new link: Litware Lapsed"]`)).toHaveLength(1);
  expect(await customersIn(dashboard, 'failed')).toEqual(['=Proseware Failed']);
  expect(await dashboard.texts(`${group('failed')} td`)).toContain('Failed (Partner Center code 600061)');

  await captureDownloads(dashboard);
  await dashboard.click({ selector: 'button', text: 'Export the attestations (CSV)' });
  await expect
    .poll(() => lastDownload(dashboard).then((file) => file?.name ?? ''), { timeout: 10_000 })
    .toMatch(/^mca-attestations-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await lastDownload(dashboard))!.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'State,Customer,Tenant ID,Signer first name,Signer last name,Signer email,Attested by,Created,Link expires,Accepted,Agreement created,Failure code,Attestation ID,Request ID,Correlation ID',
  );
  expect(lines.slice(1).map((line) => line.split(',').at(12))).toEqual([
    'att-soon',
    'att-later',
    'att-accepted',
    'att-agreed',
    'att-lapsed',
    'att-expired',
    'att-failed',
  ]);
  const lapsed = byId('lapsed');
  expect(lines[5]).toBe(
    [
      'expired',
      'Litware Lapsed',
      lapsed.tenantId,
      'Ada',
      'Signer lapsed',
      'ada.lapsed@customer.example',
      'Camille Partner',
      lapsed.createdAt,
      lapsed.linkExpiresAt,
      '',
      '',
      '',
      'att-lapsed',
      'req-lapsed',
      'cor-lapsed',
    ].join(','),
  );
  expect(lines[7]).toMatch(/^failed,"'=Proseware Failed",/);
  expect(lines[7]).toContain(',600061,att-failed,');

  await dashboard.click({ selector: 'button[aria-label^="Email the link again: Contoso Soon"]' });
  const popup = await extension.waitForExtensionTab('/popup.html');
  await popup.waitFor('form.draft');
  expect(new URL(await popup.url()).searchParams.get('attestation')).toBe('att-soon');
  expect(await popup.evaluate<boolean>(`document.getElementById('kind-acceptance-link').checked`)).toBe(true);
  const value = (name: string) => popup.evaluate<string>(`document.querySelector('[name="${name}"]').value`);
  expect(await value('signer.lastName')).toBe('Signer soon');
  expect(await value('customer.companyName')).toBe('Contoso Soon');
  expect(await value('acceptance.url')).toBe('https://accept.microsoft.com/mca?id=soon');
});

test('"Check now" before this browser has its certificate says, in words, what to set up, and the row stays', async ({
  extension,
  sandbox,
}) => {
  await pointAtSandbox(extension, sandbox.url);
  const dashboard = await dashboardWithSeeds(extension);

  await dashboard.click({ selector: 'button[aria-label^="Check now: Fabrikam Later"]' });
  expect(
    await dashboard.waitFor({
      selector: '.attestation-pipeline [role="status"]',
      text: '^Fabrikam Later: (?!Checking)',
      pattern: true,
    }),
  ).toBe(
    'Fabrikam Later: No application certificate has been created in this browser yet. Create it in the settings and have an administrator upload it to the attestation app registration.',
  );
  // Refused before anything was asked of Partner Center: the row stays where it was.
  expect(await customersIn(dashboard, 'link-sent')).toEqual(['Contoso Soon', 'Fabrikam Later']);
});

test('"Start attestations for the selected customers" opens the side panel on each one needing it, one after the other', async ({
  extension,
  sandbox,
}) => {
  const { dashboard } = await auditedBook(extension, sandbox.url);

  // Two stale customers, in the book's order (by name).
  const [first, second] = sandbox.store
    .findCustomers({ status: 'attestation-stale' })
    .slice(0, 2)
    .sort((a, b) => a.companyName.localeCompare(b.companyName, 'en', { sensitivity: 'base' }));
  const current = sandbox.store.findCustomer({ status: 'attestation-current' })!;
  for (const customer of [first!, second!, current]) {
    await dashboard.fill('input[name="text"]', customer.tenantId);
    await dashboard.waitFor({ selector: '[data-testid="shown-count"]', text: '^1 of', pattern: true });
    await dashboard.click(`tr[data-tenant="${customer.tenantId}"] input[type="checkbox"]`);
  }
  await dashboard.click({ selector: 'button', text: 'Start attestations for the selected customers' });

  // The customer already current is left out: two to attest, the first opened in the side panel.
  const queue = '.attestation-queue';
  expect(await dashboard.waitFor({ selector: queue, text: '^Attestation 1 of 2', pattern: true })).toContain(
    `${first!.companyName} is open in the side panel.`,
  );
  const panel = await extension.waitForExtensionTab('/sidepanel.html');
  expect(new URL(await panel.url()).searchParams.get('customer')).toBe(first!.tenantId);
  await panel.close();

  await dashboard.click({ selector: `${queue} button`, text: `Open the next one: ${second!.companyName}` });
  expect(await dashboard.waitFor({ selector: queue, text: '^Attestation 2 of 2', pattern: true })).toContain(
    'That is the last one.',
  );
  const next = await extension.waitForExtensionTab('/sidepanel.html');
  expect(new URL(await next.url()).searchParams.get('customer')).toBe(second!.tenantId);
});
