import type { Tab } from './support/browser';
import { expect, test } from './support/fixtures';
import { REACHED_BY_CLICK } from './support/hit-test';
import { pointAtSandbox, signInAs } from './support/sign-in';

interface ChipSeen {
  tenantId: string;
  /** False while the chip holds its place for a status on its way. */
  shown: boolean;
  rowId: string;
  text: string;
  tooltip: string;
  /** The chip's border colour as drawn: the chips' shared stylesheet applies (red at risk, grey not checked). */
  border: string;
}

/** Every chip of the page, deep in the grid's shadow root, with the row it stands in. */
const CHIPS = `(() => {
  const found = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.tagName === 'MCA-ASSISTANT-CHIP') {
        const button = element.shadowRoot.querySelector('button');
        found.push({ tenantId: element.dataset.tenant, shown: Boolean(button), rowId: element.closest('tr')?.id ?? '', text: button?.textContent.trim() ?? '', tooltip: button?.title ?? '', border: button ? getComputedStyle(button).borderTopColor : '' });
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
})()`;

/** The grid's rows that name a customer, and for each name button whether a click at its centre reaches it (nothing on top). */
const ROWS = `(() => {
  const rows = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.tagName === 'TR' && /^row-[0-9a-f-]{36}$/.test(element.id)) {
        rows.push({ rowId: element.id, reachable: (${REACHED_BY_CLICK})(element.querySelector('customersvcadmin_he-button')) });
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return rows;
})()`;

test('the customer list: chips from local records only, one per row, through skeletons and paging, covering nothing', async ({
  extension,
  sandbox,
}) => {
  const stale = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'en' })!;
  const page = await extension.openPage(`${sandbox.url}/dashboard/v2/customers/${stale.tenantId}/account`);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });

  await page.goto(`${sandbox.url}/commerce/customers/list?q=${encodeURIComponent(stale.companyName)}`);
  const staleChip = await page
    .waitFor({ selector: `mca-assistant-chip[data-tenant="${stale.tenantId}"]:not([data-key="pending"])` })
    .then(() => page.evaluate<ChipSeen[]>(CHIPS).then((chips) => chips.find((chip) => chip.tenantId === stale.tenantId)));
  expect(staleChip).toMatchObject({
    rowId: `row-${stale.tenantId}`,
    text: 'MCA: Outdated attestation · at risk',
    tooltip: 'Evidence observed today in this browser',
    border: 'rgb(177, 14, 28)',
  });
  // The chip opens the side panel on its customer; the list stays where it is.
  const listUrl = await page.url();
  await page.click({ selector: 'button[data-mca-status="attestation-stale"]' });
  expect(await extension.waitForSidePanel('/sidepanel.html')).toMatch(/\/sidepanel\.html/);
  expect(await page.url()).toBe(listUrl);

  await page.goto(`${sandbox.url}/dashboard/v2/customers/list`);
  const firstPage = await waitForChipsOnEveryRow(page);
  expect(
    firstPage
      .filter((chip) => chip.tenantId !== stale.tenantId)
      .every(
        (chip) =>
          chip.text === 'MCA: not checked' &&
          chip.tooltip === 'Not checked yet in this browser' &&
          chip.border === 'rgb(209, 209, 209)',
      ),
  ).toBe(true);
  expect((await page.evaluate<{ reachable: boolean }[]>(ROWS)).every((row) => row.reachable)).toBe(true);

  // Paging changes the rows in place, skeletons first: the chips follow, one per row.
  await page.click({ selector: 'button', text: 'Next' });
  await page.waitFor({ selector: '[aria-live="polite"]', text: '^51–', pattern: true });
  const secondPage = await waitForChipsOnEveryRow(page);
  expect(secondPage.map((chip) => chip.tenantId)).not.toEqual(firstPage.map((chip) => chip.tenantId));
});

async function waitForChipsOnEveryRow(page: Tab): Promise<ChipSeen[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const rows = await page.evaluate<{ rowId: string }[]>(ROWS);
    const chips = await page.evaluate<ChipSeen[]>(CHIPS);
    const inStep =
      rows.length > 0 &&
      chips.length === rows.length &&
      rows.every((row) => chips.filter((chip) => chip.rowId === row.rowId).length === 1);
    if (inStep && chips.every((chip) => chip.shown && chip.rowId === `row-${chip.tenantId}`)) return chips;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the chips never stood one per row');
}

test('signed in, "Check the customers shown" reads the visible customers through the API and fills their chips', async ({
  extension,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  // A search that shows a handful of customers, as a partner narrowing the list would.
  const names = sandbox.store.customers().map((customer) => customer.companyName.toLowerCase());
  const prefix = names
    .map((name) => name.slice(0, 3))
    .find((start) => {
      const shown = names.filter((name) => name.includes(start)).length;
      return shown >= 3 && shown <= 8;
    })!;
  const page = await extension.openPage(`${sandbox.url}/dashboard/v2/customers/list?q=${encodeURIComponent(prefix)}`);
  const before = await waitForChipsOnEveryRow(page);
  expect(before.every((chip) => chip.text === 'MCA: not checked')).toBe(true);

  await page.click({ selector: 'button', text: 'Check the customers shown' });
  const done = await page.waitFor(
    { selector: '[role="status"]', text: `^${before.length} of ${before.length} checked`, pattern: true },
    { timeout: 60_000 },
  );
  expect(done).toBe(`${before.length} of ${before.length} checked`);
  const after = await waitForChipsOnEveryRow(page);
  expect(after.some((chip) => chip.text === 'MCA: not checked')).toBe(false);
  expect(after.every((chip) => chip.tooltip === 'Evidence observed today in this browser')).toBe(true);
  expect((await page.evaluate<{ reachable: boolean }[]>(ROWS)).every((row) => row.reachable)).toBe(true);
});

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });

  test('the French customer list: chips in French, the kept status and "not checked"', async ({ extension, sandbox }) => {
    const stale = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'fr' })!;
    const page = await extension.openPage(`${sandbox.url}/fr-fr/dashboard/v2/customers/${stale.tenantId}/account`);
    await page.waitFor({ selector: 'button.badge', text: 'MCA : Attestation périmée' });

    await page.goto(`${sandbox.url}/fr-fr/commerce/customers/list`);
    const chips = await waitForChipsOnEveryRow(page);
    expect(chips.filter((chip) => chip.tenantId !== stale.tenantId).every((chip) => chip.text === 'MCA : non vérifié')).toBe(
      true,
    );
    expect(chips.find((chip) => chip.tenantId !== stale.tenantId)?.tooltip).toBe('Pas encore vérifié dans ce navigateur');

    await page.goto(`${sandbox.url}/fr-fr/commerce/customers/list?q=${encodeURIComponent(stale.companyName)}`);
    await page.waitFor({ selector: `mca-assistant-chip[data-tenant="${stale.tenantId}"]:not([data-key="pending"])` });
    expect((await page.evaluate<ChipSeen[]>(CHIPS)).find((chip) => chip.tenantId === stale.tenantId)).toMatchObject({
      text: 'MCA : Attestation périmée · à risque',
      tooltip: "Preuve observée aujourd'hui dans ce navigateur",
    });
    expect((await page.evaluate<{ reachable: boolean }[]>(ROWS)).every((row) => row.reachable)).toBe(true);
  });
});
