// Attestations followed by the background with the panel closed: the agreement made when the customer accepts, a link
// left to expire, notifications, and a Chrome service worker stopped in the middle of the watch.
import type { ExtensionBrowser, Tab } from './support/browser';
import {
  confirmAndCreate,
  createAndRegisterCertificate,
  fieldValue,
  fillSigner,
  openCustomer,
  PANEL_STATUS,
  reviewAndCreate,
} from './support/attestation';
import { expect, test } from './support/fixtures';
import { recordsOf } from './support/records';
import { pointAtSandbox, signInAs } from './support/sign-in';
import type { Sandbox } from '@/tests/sandbox/server';

/** Signed in as the admin agent with the certificate uploaded; an attestation made in the panel, whose panel is then closed. */
async function attestThenClosePanel(extension: ExtensionBrowser, sandbox: Sandbox, settings: Record<string, unknown> = {}) {
  const options = await pointAtSandbox(extension, sandbox.url, settings);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  await createAndRegisterCertificate(options, sandbox);
  const customer = sandbox.store.findCustomer({ status: 'attestation-stale' })!;
  const { page, panel } = await openCustomer(extension, sandbox, customer.tenantId);
  await panel.click({ selector: 'button', text: 'Attest through the API' });
  await fillSigner(panel, { firstName: 'Lena', lastName: 'Vogel', email: `lena.vogel+${Date.now()}@example.com` });
  await reviewAndCreate(panel);
  await panel.waitFor({ selector: '.attestation-progress', text: "Waiting for the customer's acceptance…" });
  const link = await fieldValue(panel, 'attestation-link');
  const attestationId = decodeURIComponent(link.split('/_sandbox/accept/')[1] ?? '');
  await panel.close();
  return { options, page, customer, link, attestationId };
}

/** The extension's notifications shown now, by id. */
const notificationIds = (page: Tab) =>
  page.evaluate<string[]>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return Object.keys(await api.notifications.getAll());
  })()`);

/**
 * The notification with this id is shown. Headless Firefox has no notification service: its notifications close as they
 * open and getAll lists none, so there the state they announce is checked instead.
 */
async function expectNotified(page: Tab, id: string | RegExp): Promise<void> {
  if (test.info().project.name === 'firefox') return;
  await expect
    .poll(() => notificationIds(page), { timeout: 10_000 })
    .toContainEqual(typeof id === 'string' ? id : expect.stringMatching(id));
}

/** The state the records hold for the attestation, once it is `state`. */
async function expectTracked(page: Tab, attestationId: string, state: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await recordsOf<{ attestationId: string; state: string }>(page, 'trackedAttestations')).find(
          (tracked) => tracked.attestationId === attestationId,
        )?.state,
      { timeout: 30_000 },
    )
    .toBe(state);
}

async function accept(extension: ExtensionBrowser, link: string): Promise<void> {
  const acceptance = await extension.openPage(link);
  await acceptance.click('#accept');
  await acceptance.waitFor('[role="status"]');
  await acceptance.close();
}

const agreementOf = (sandbox: Sandbox, tenantId: string, attestationId: string) =>
  sandbox.store.customer(tenantId)?.agreements.filter((agreement) => agreement.attestationId === attestationId) ?? [];

test('with the panel closed, the background sees the acceptance, creates the agreement once, notifies, and the status turns current', async ({
  extension,
  sandbox,
}) => {
  const { options, page, customer, link, attestationId } = await attestThenClosePanel(extension, sandbox);
  await accept(extension, link);

  // The watcher's next round (seconds apart in the sandbox build) finds the acceptance and makes the agreement.
  await expect.poll(() => agreementOf(sandbox, customer.tenantId, attestationId).length, { timeout: 30_000 }).toBe(1);
  await expectTracked(options, attestationId, 'agreement-created');
  await expectNotified(options, `mca-attestation agreement-created ${customer.tenantId} ${attestationId}`);

  await page.reload();
  expect(await page.waitFor({ selector: 'button.badge', text: 'MCA: Current attestation' })).toBe('MCA: Current attestation');
  const panel = await extension.openExtensionPage(`/sidepanel.html?customer=${customer.tenantId}`);
  expect(await panel.waitFor({ selector: PANEL_STATUS, text: 'Current attestation' })).toBe('Current attestation');

  // Rounds went on meanwhile; the finished attestation was left alone.
  expect(agreementOf(sandbox, customer.tenantId, attestationId)).toHaveLength(1);
});

test('a link left to expire is marked expired by the background and notified', async ({ extension, sandbox }) => {
  const { options, customer, attestationId } = await attestThenClosePanel(extension, sandbox);
  // The hour of the link goes by at the sandbox.
  sandbox.attestations.get(attestationId)!.linkExpiresAt = sandbox.clock.nowMs() - 1_000;
  await expectTracked(options, attestationId, 'expired');
  await expectNotified(options, `mca-attestation expired ${customer.tenantId} ${attestationId}`);

  // The panel, opened on the customer as a notification's click opens it, says so and sends a new link in two clicks.
  const panel = await extension.openExtensionPage(`/sidepanel.html?customer=${customer.tenantId}`);
  expect(await panel.waitFor('.expired-attestation p')).toMatch(
    /^The link sent to Lena Vogel expired on .+ without the customer's acceptance\.$/,
  );
  await panel.click({ selector: '.expired-attestation button', text: 'Send a new link' });
  await panel.waitFor({ selector: 'h3', text: 'Check before sending to Partner Center' });
  expect(await panel.texts('.attestation-review')).toEqual([expect.stringContaining('Lena Vogel')]);
  await confirmAndCreate(panel);
  await panel.waitFor({ selector: '.attestation-progress', text: "Waiting for the customer's acceptance…" });
  const renewedLink = await fieldValue(panel, 'attestation-link');
  expect(renewedLink).not.toContain(attestationId);
  expect(sandbox.attestations.get(decodeURIComponent(renewedLink.split('/_sandbox/accept/')[1] ?? ''))?.request).toMatchObject({
    signatoryFirstName: 'Lena',
    signatoryLastName: 'Vogel',
    customerTenantId: customer.tenantId,
  });
});

test('the dashboard\'s "Send a new link" opens the panel on the review of a new link for the same signer', async ({
  extension,
  sandbox,
}) => {
  const { customer, attestationId } = await attestThenClosePanel(extension, sandbox);
  const panel = await extension.openExtensionPage(`/sidepanel.html?customer=${customer.tenantId}&renew=${attestationId}`);
  await panel.waitFor({ selector: 'h3', text: 'Check before sending to Partner Center' });
  expect(await panel.texts('.attestation-review')).toEqual([expect.stringContaining('Lena Vogel')]);
  expect(await panel.texts('.attestation-review')).toEqual([expect.stringContaining(customer.companyName)]);
});

test('"create the agreement myself": an accepted attestation waits, counted on the toolbar, until the partner creates it', async ({
  extension,
  sandbox,
}) => {
  const { options, customer, link, attestationId } = await attestThenClosePanel(extension, sandbox, {
    createAgreementMyself: true,
  });
  await accept(extension, link);
  await expectTracked(options, attestationId, 'accepted');
  await expectNotified(options, `mca-attestation accepted ${customer.tenantId} ${attestationId}`);
  expect(agreementOf(sandbox, customer.tenantId, attestationId)).toHaveLength(0);
  const badge = await options.evaluate<string>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (api.action ?? api.browserAction).getBadgeText({});
  })()`);
  expect(badge).toBe('1');
});

test("Chrome's service worker stopped in the middle of the watch: the next worker carries on and makes the agreement", async ({
  extension,
  sandbox,
}) => {
  const { customer, link, attestationId } = await attestThenClosePanel(extension, sandbox);
  // Stopped before the customer accepts (Firefox keeps its background page: the watch simply goes on).
  await extension.stopBackground();
  await accept(extension, link);
  // Nothing of ours is open: the alarm wakes the worker, which finds the attestation in the records.
  await expect.poll(() => agreementOf(sandbox, customer.tenantId, attestationId).length, { timeout: 45_000 }).toBe(1);
});
