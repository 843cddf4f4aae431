import {
  confirmAndCreate,
  createAndRegisterCertificate,
  fieldValue,
  fillCustomer,
  fillSigner,
  openCustomer,
  PANEL_STATUS,
  reviewAndCreate,
} from './support/attestation';
import { seriousAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { pointAtSandbox, signInAs } from './support/sign-in';

const FAILURE = '.attestation [role="alert"]';

test('an admin agent attests a stale customer: certificate, form, acceptance link, agreement, status and record', async ({
  extension,
  sandbox,
}) => {
  // The partner makes the agreement from the panel (the background leaves it to them: attestation-watch.e2e.ts).
  const options = await pointAtSandbox(extension, sandbox.url, { createAgreementMyself: true });
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  await createAndRegisterCertificate(options, sandbox);
  await options.screenshot(test.info().outputPath('attestation-certificate.png'));

  const customer = sandbox.store.findCustomer({ status: 'attestation-stale', country: 'FR' })!;
  const { page, panel } = await openCustomer(extension, sandbox, customer.tenantId);
  expect(await seriousAxeViolations(page).then((lines) => lines.filter((line) => line.includes('mca-assistant')))).toEqual([]);

  await panel.click({ selector: 'button', text: 'Attest through the API' });
  await panel.waitFor({
    selector: '.attestation-form p',
    text: "Company, country and language come from the customer's billing profile in Partner Center.",
  });
  expect(await panel.texts('.app-only-statement')).toEqual([
    expect.stringContaining('documents the enhanced attestation API as accepting only'),
  ]);
  // Filled from the billing profile, the language one the agreement is offered in for the country.
  expect(await fieldValue(panel, 'attestation-companyName')).toBe(customer.companyName);
  expect(await fieldValue(panel, 'attestation-country')).toBe(customer.country);
  expect(await fieldValue(panel, 'attestation-language')).toBe('fr-FR');

  // Partner Center's own checks, field by field, before anything is sent.
  await panel.fill('#attestation-email', 'camille@');
  await panel.click({ selector: 'button', text: 'Review' });
  expect(await panel.waitFor('#attestation-firstName-error')).toBe("Enter the signatory's first name.");
  expect(await panel.texts('#attestation-email-error')).toEqual(['Enter a valid email address, such as name@example.com.']);
  expect(await panel.evaluate('document.getElementById("attestation-email").getAttribute("aria-describedby")')).toBe(
    'attestation-email-error',
  );
  expect(await panel.evaluate('document.activeElement.id')).toBe('attestation-firstName');
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await panel.screenshot(test.info().outputPath('attestation-form.png'));

  const signer = { firstName: 'Amélie', lastName: "D'Orsay", email: `amelie.dorsay+${Date.now()}@example.com` };
  await fillSigner(panel, signer);
  await reviewAndCreate(panel);
  await panel.waitFor({ selector: '.attestation-progress', text: "Waiting for the customer's acceptance…" });
  const link = await fieldValue(panel, 'attestation-link');
  expect(link).toMatch(new RegExp(`^${sandbox.url}/_sandbox/accept/`));
  expect(await panel.waitFor('.attestation-status')).toBe('Not accepted yet: the customer has not accepted through the link.');
  await panel.screenshot(test.info().outputPath('attestation-link.png'));

  const acceptance = await extension.openPage(link);
  await acceptance.click('#accept');
  await acceptance.waitFor('[role="status"]');

  await panel.click({ selector: 'button', text: 'Check the status' });
  await panel.waitFor('.attestation-status[data-status="customeraccepted"]');
  await panel.click({ selector: 'button', text: 'Create the agreement' });
  await panel.waitFor({ selector: 'h3', text: 'Agreement created' });
  const ids = await panel.waitFor('.attestation-done .ids');
  const correlationId = /correlation ID ([0-9a-f-]{36})/.exec(ids)?.[1];
  expect(correlationId).toBeDefined();

  expect(await panel.waitFor({ selector: PANEL_STATUS, text: 'Current attestation' })).toBe('Current attestation');
  const record = await panel.waitFor('.attestation-history li[data-result="agreementcreated"]');
  expect(record).toContain(`Amélie D'Orsay: agreement created`);
  expect(record).toContain(`Correlation ID ${correlationId}`);
  await panel.screenshot(test.info().outputPath('attestation-done.png'));
  expect(sandbox.store.customer(customer.tenantId)?.agreements.at(-1)).toMatchObject({
    email: signer.email,
    attestationId: expect.any(String),
  });
});

test('an attestation attempted while signed out is refused; after sign-in it is made, reviewed with who attests, and the history names them', async ({
  extension,
  sandbox,
}) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  await createAndRegisterCertificate(options, sandbox);
  await options.click({ selector: '.account-bar button', text: 'Sign out' });
  await options.waitFor({ selector: '.account-bar p', text: 'Not signed in', pattern: true });

  const customer = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'en' })!;
  const { panel } = await openCustomer(extension, sandbox, customer.tenantId);
  const before = sandbox.attestations.all().length;
  await panel.click({ selector: 'button', text: 'Attest through the API' });
  expect(await panel.waitFor(FAILURE)).toContain(
    'sign in to Partner Center (with multi-factor authentication) as a member of the partner tenant first',
  );
  expect(await panel.texts('#attestation-firstName')).toEqual([]);
  expect(sandbox.attestations.all()).toHaveLength(before);

  await signInAs(extension, panel, sandbox.url, 'admin-agent');
  const signedIn = await panel.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  await panel.click({ selector: 'button', text: 'Attest through the API' });
  await panel.waitForNone(FAILURE);
  await fillSigner(panel, { firstName: 'Noor', lastName: 'Haddad', email: `noor.haddad+${Date.now()}@example.com` });
  await fillCustomer(panel, customer);
  await panel.click({ selector: 'button', text: 'Review' });
  const review = await panel.waitFor('.review-list');
  expect(review).toMatch(/Attesting\s*Camille .*\(.*contosopartner\.onmicrosoft\.com\), for your organisation/);
  // Nothing is sent until the person ticks that they make the statement.
  expect(
    await panel.evaluate<boolean>(
      `[...document.querySelectorAll('.attestation-review button')].find((b) => b.textContent.includes('Create the attestation')).disabled`,
    ),
  ).toBe(true);
  await confirmAndCreate(panel);
  await panel.waitFor('#attestation-link-expiry');
  const entry = await panel.waitFor('.attestation-history li[data-result="linkgenerated"]');
  expect(entry).toMatch(/By Camille .*\(.*contosopartner\.onmicrosoft\.com\)/);
  expect(signedIn).toContain(/By (Camille [^(]*) \(/.exec(entry)?.[1]?.trim() ?? 'missing');
  expect(sandbox.attestations.all()).toHaveLength(before + 1);
});

test('refusals in plain words: no certificate yet, a signatory already on record (600061), an indirect reseller', async ({
  extension,
  sandbox,
}) => {
  const options = await pointAtSandbox(extension, sandbox.url);
  await signInAs(extension, options, sandbox.url, 'admin-agent');
  await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
  const customer = sandbox.store.findCustomer({ status: 'attestation-stale', language: 'en' })!;
  const existing = customer.agreements.find((agreement) => agreement.type === 'MicrosoftCustomerAgreement')!;
  const { panel } = await openCustomer(extension, sandbox, customer.tenantId);

  await panel.click({ selector: 'button', text: 'Attest through the API' });
  expect(await panel.waitFor(FAILURE)).toContain('No application certificate has been created in this browser yet.');

  await createAndRegisterCertificate(options, sandbox);
  await panel.click({ selector: 'button', text: 'Attest through the API' });
  await panel.waitForNone(FAILURE);
  await fillSigner(panel, {
    firstName: existing.firstName,
    lastName: existing.lastName,
    email: existing.email,
    ...(existing.phoneNumber ? { phone: existing.phoneNumber } : {}),
  });
  await fillCustomer(panel, customer);
  await reviewAndCreate(panel);
  expect(await panel.waitFor(FAILURE)).toContain(
    'Partner Center already holds a confirmation for this customer with the same signatory',
  );
  expect(await panel.waitFor('.attestation-history li')).toContain(
    `${existing.firstName} ${existing.lastName}: refused by Partner Center (code 600061)`,
  );
  // Microsoft's way out: the form reopens on the signatory, the email and the phone, each saying what to change.
  expect(await panel.waitFor('#attestation-email-error')).toBe(
    "Change the signatory's email address, or name another signatory.",
  );
  expect(await panel.texts('#attestation-firstName-error')).toEqual([
    expect.stringContaining('Name another signatory, or change their email address or phone number.'),
  ]);
  expect(await panel.texts('#attestation-phone-error')).toEqual([
    "Change the signatory's phone number, or name another signatory.",
  ]);
  expect(await panel.evaluate('document.activeElement.id')).toBe('attestation-firstName');
  await panel.fill('#attestation-email', `other.${existing.email}`);
  await panel.click({ selector: 'button', text: 'Review' });
  await panel.waitFor({ selector: 'h3', text: 'Check before sending to Partner Center' });

  await options.select('#setting-partnerRole', 'indirect-reseller');
  await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
  await options.waitFor({ selector: '[role="status"]', text: 'Settings saved.' });
  await confirmAndCreate(panel);
  expect(await panel.waitFor({ selector: FAILURE, text: 'Indirect resellers', pattern: true })).toContain(
    'Ask your indirect provider to do it',
  );
  expect(await panel.texts('.attestation-history li')).toHaveLength(1);
});

test.describe('under throttling', () => {
  test.use({ sandboxOptions: { rateLimitPerMinute: 1 } });

  test('Partner Center asks to wait: the panel says how long instead of hanging', async ({ extension, sandbox }) => {
    const options = await pointAtSandbox(extension, sandbox.url);
    const customer = sandbox.store.findCustomer({ status: 'attestation-stale' })!;
    const { panel } = await openCustomer(extension, sandbox, customer.tenantId);
    await signInAs(extension, options, sandbox.url, 'admin-agent');
    await options.waitFor({ selector: '.account-bar p', text: 'Signed in as', pattern: true });
    await createAndRegisterCertificate(options, sandbox);

    await panel.click({ selector: 'button', text: 'Attest through the API' });
    await fillSigner(panel, {
      firstName: 'Noor',
      lastName: 'Haddad',
      email: 'noor.haddad@example.com',
      phone: '+33 1 23 45 67 89',
    });
    await fillCustomer(panel, customer);
    // The reads that follow the sign-in used this minute's one request: the attestation starts in the next minute.
    sandbox.clock.advance(61_000);
    await reviewAndCreate(panel);
    await panel.waitFor('#attestation-link-expiry');
    await panel.click({ selector: 'button', text: 'Check the status' });
    expect(await panel.waitFor(FAILURE)).toMatch(
      /^Partner Center is receiving too many requests from your organisation\. Wait \d+ seconds, then try again\.$/,
    );
    expect(await panel.texts({ selector: 'button', text: 'Create the agreement' })).toHaveLength(1);
  });
});
