import { expect, test } from './support/fixtures';
import { captureDownloads, lastDownload } from './support/downloads';
import { auditedBook } from './support/audited-book';
import { putRecords } from './support/records';
import { pointAtSandbox, signInAs } from './support/sign-in';

test('an audit of every customer fills the book; the at-risk filter and the CSV export show them', async ({
  extension,
  sandbox,
}) => {
  const { dashboard } = await auditedBook(extension, sandbox.url, { '#setting-partnerName': 'Adatum Cloud' });
  const total = sandbox.store.size;
  expect(await dashboard.waitFor({ selector: '[data-testid="customer-count"]', text: `Customers recorded: ${total}` })).toBe(
    `Customers recorded: ${total}`,
  );
  expect(await dashboard.waitFor('.audit-runs li')).toMatch(/Finished: \d+ checked/);

  // At risk only: every row shown is at risk, and a stale customer is among them.
  await dashboard.click('input[name="atRiskOnly"]');
  const shown = await dashboard.waitFor({
    selector: '[data-testid="shown-count"]',
    text: `of ${total} customers shown`,
    pattern: true,
  });
  const atRisk = Number(shown.split(' ')[0]);
  expect(atRisk).toBeGreaterThan(0);
  expect(atRisk).toBeLessThan(total);
  const statuses = await dashboard.texts('.book tbody td.status');
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((status) => /Outdated attestation|No agreement|Microsoft Cloud Agreement only/.test(status))).toBe(true);

  // Select every customer at risk shown: one invitation each, in its language, saved as a zip of .eml files.
  await captureDownloads(dashboard);
  await dashboard.click('.book thead input[type="checkbox"]');
  expect(await dashboard.waitFor('.selection strong')).toBe(`${atRisk} selected`);
  await dashboard.click({ selector: 'button', text: 'Draft invitations (.zip of .eml)' });
  expect(
    await dashboard.waitFor({ selector: '.selection [role="status"]', text: 'invitation\\(s\\) drafted', pattern: true }),
  ).toMatch(new RegExp(`^${atRisk} invitation`));
  expect((await lastDownload(dashboard))?.name).toMatch(/^mca-invitations-\d{4}-\d{2}-\d{2}\.zip$/);
  await dashboard.click({ selector: 'button', text: 'Clear the selection' });

  const stale = sandbox.store.findCustomer({ status: 'attestation-stale' })!;
  await dashboard.fill('input[name="text"]', stale.tenantId);
  expect(await dashboard.waitFor({ selector: '[data-testid="shown-count"]', text: `1 of ${total} customers shown` })).toContain(
    '1 of',
  );
  expect(await dashboard.texts('.book tbody td.status')).toEqual([expect.stringMatching(/^Outdated attestation/)]);

  await dashboard.click({ selector: 'button', text: 'Export CSV' });
  await expect
    .poll(() => lastDownload(dashboard).then((file) => file?.name ?? ''), { timeout: 10_000 })
    .toMatch(/^mca-customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await lastDownload(dashboard))!.text;
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(total + 1);
  expect(lines.find((line) => line.includes(stale.tenantId))).toContain('attestation-stale');
});

test.describe('a long audit', () => {
  // Without the bulk feed the audit asks customer by customer: two calls each, long enough to interrupt.
  test.use({ sandboxOptions: { customers: 60, latencyMs: 40, timeoutMs: 300, bulkFeed: false } });
  test('resumes after the background stops (Chrome) or the page reloads, with every customer counted once', async ({
    extension,
    sandbox,
  }) => {
    test.setTimeout(150_000);
    const options = await pointAtSandbox(extension, sandbox.url);
    await signInAs(extension, options, sandbox.url, 'admin-agent');
    await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
    const dashboard = await extension.openExtensionPage('/dashboard.html');
    await dashboard.click({ selector: 'button', text: 'Run an audit' });
    await dashboard.waitFor(
      { selector: '.audit-progress[data-state="running"]', text: '[1-9]\\d* of 60 customers checked', pattern: true },
      { timeout: 30_000 },
    );

    // Chrome: the worker is gone mid-run; the page's next message (or the resume alarm) starts it again and it carries on
    // from its checkpoint. Firefox keeps its background page: the page reloads and finds the audit still running.
    await extension.stopBackground();
    await dashboard.reload();
    expect(await dashboard.waitFor({ selector: '.audit-progress', text: '^(Running|Finished)', pattern: true })).toBeTruthy();
    await dashboard.waitFor('.audit-progress[data-state="finished"]', { timeout: 90_000 });
    expect(await dashboard.waitFor({ selector: '[data-testid="customer-count"]', text: 'Customers recorded: 60' })).toBe(
      'Customers recorded: 60',
    );
    // Each customer once: checked and failed add up to the customer count, across the interruption.
    const [latest] = await dashboard.texts('.audit-runs li');
    const [, done, failed] = /Finished: (\d+) checked, (\d+) failed/.exec(latest ?? '') ?? [];
    expect(Number(done) + Number(failed)).toBe(60);
  });
});

test('a stuck audit run is shown in words with "Try again", which takes it up again', async ({ extension, sandbox }) => {
  test.setTimeout(150_000);
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  // A run that several resumes found where it was, as the audit leaves it: its record and its checkpoint.
  await putRecords(options, {
    auditRuns: [
      {
        id: 'run-stuck',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        state: 'stuck',
        mode: 'per-customer',
        counts: { done: 0, failed: 0, requests: 4 },
        failures: [],
        stoppedBy: { messageKey: 'records.audit.stuck' },
      },
    ],
    auditCheckpoint: [
      {
        key: 'current',
        runId: 'run-stuck',
        mode: 'per-customer',
        phase: 'customers',
        pageToken: null,
        pagesDone: 0,
        updatedAt: new Date().toISOString(),
        resumedAt: { mark: 'customers:0', times: 4 },
      },
    ],
  });
  // The background reads the unfinished run when it starts (Chrome: the worker is started again) or at its resume alarm,
  // at most a minute later (Firefox keeps its background page).
  await extension.stopBackground();
  const dashboard = await extension.openExtensionPage('/dashboard.html');
  await expect
    .poll(
      async () => {
        await dashboard.reload();
        return dashboard.waitFor('.audit-progress', { timeout: 5_000 }).catch(() => '');
      },
      { timeout: 80_000, intervals: [2_000] },
    )
    .toMatch(/^Stuck: it was resumed several times without getting further, so it waits for you/);

  await dashboard.click({ selector: 'button', text: 'Try again' });
  await dashboard.waitFor('.audit-progress[data-state="finished"]', { timeout: 60_000 });
  // The list of runs follows the progress once the finished run is written.
  expect(
    await dashboard.waitFor({ selector: '.audit-runs li', text: 'Finished: \\d+ checked', pattern: true }, { timeout: 15_000 }),
  ).toMatch(/Finished: \d+ checked/);
});

// Another page writing to the records makes the dashboard wait for them, as a big book does: the first screen as last read shows meanwhile.
const HOLD_THE_BOOK = (ms: number) => `(() => {
  const open = indexedDB.open('mca-assistant');
  open.onsuccess = () => {
    const tx = open.result.transaction(['customers', 'assessments'], 'readwrite');
    const until = Date.now() + ${ms};
    const spin = () => { if (Date.now() < until) tx.objectStore('customers').count().onsuccess = spin; };
    spin();
    tx.oncomplete = () => open.result.close();
  };
})()`;

test('the next visit shows the first customers as last read at once, then the whole book', async ({ extension, sandbox }) => {
  const { options, dashboard } = await auditedBook(extension, sandbox.url);
  const total = sandbox.store.size;
  await dashboard.waitFor({ selector: '[data-testid="shown-count"]', text: `${total} of ${total} customers shown` });
  const firstRows = await dashboard.texts('.book tbody tr[data-tenant] .company');

  await options.evaluate(HOLD_THE_BOOK(6000));
  await dashboard.reload();
  expect(await dashboard.waitFor('[data-testid="shown-count"]')).toBe(
    `Showing the first customers as last read; reading all ${total}…`,
  );
  const previewRows = await dashboard.texts('.book tbody tr[data-tenant] .company');
  expect(previewRows.length).toBeGreaterThan(5);
  expect(previewRows).toEqual(firstRows.slice(0, previewRows.length));
  expect(await dashboard.waitFor({ selector: '[data-testid="customer-count"]', text: `Customers recorded: ${total}` })).toBe(
    `Customers recorded: ${total}`,
  );
  expect(
    await dashboard.evaluate<boolean>(
      `document.querySelector('fieldset.filter-row').disabled && document.querySelector('.book thead input').disabled`,
    ),
  ).toBe(true);

  // Once the records are free again, the whole book: filters and "select all" work.
  await dashboard.waitFor(
    { selector: '[data-testid="shown-count"]', text: `${total} of ${total} customers shown` },
    { timeout: 20_000 },
  );
  expect(await dashboard.evaluate<boolean>(`document.querySelector('fieldset.filter-row').disabled`)).toBe(false);
});
