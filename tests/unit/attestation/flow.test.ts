import { describe, expect, it } from 'vitest';
import type { Failure } from '@/lib/failure/failure';
import {
  attestationFlow,
  attestationInput,
  canComplete,
  initialFlow,
  isBusy,
  progressKey,
  type AttestationLink,
  type FlowEvent,
  type FlowState,
} from '@/lib/attestation/flow';

const TENANT = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const LINK: AttestationLink = {
  attestationId: 'att-1',
  acceptanceUrl: 'https://example.test/accept/att-1',
  linkExpiresAt: '2026-11-24T10:00:00',
  status: 'linkgenerated',
};
const ACCEPTED: AttestationLink = { ...LINK, status: 'customeraccepted', acceptedAt: '2026-11-23T11:00:00' };
const AGREEMENT = { dateAgreed: '2026-11-23T11:00:00', requestId: 'r-1', correlationId: 'c-1', recorded: true };
const FAILURE: Failure = { messageKey: 'errors.attestation.duplicate', retryable: false, code: '600061' };
const THROTTLED: Failure = { messageKey: 'attestation.errors.throttled', params: { seconds: 30 }, retryable: true };

const run = (events: FlowEvent[], from: FlowState = initialFlow(TENANT)) => events.reduce(attestationFlow, from);
const edits = (values: Record<string, string>): FlowEvent[] =>
  Object.entries(values).map(([field, value]) => ({ type: 'edit', field, value }) as FlowEvent);
const filled = (): FlowState =>
  run([
    { type: 'open', defaults: { companyName: 'Contoso', country: 'FR', language: 'fr-FR' } },
    ...edits({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }),
  ]);

describe('the attestation flow', () => {
  it('opens on the form with the customer details filled, and the agreement language its country offers', () => {
    const state = run([{ type: 'open', defaults: { companyName: 'Contoso', country: 'CA', language: 'fr-CA' } }]);
    expect(state.step).toEqual({ name: 'form' });
    expect(state.values).toMatchObject({ companyName: 'Contoso', country: 'CA', language: 'fr-FR', expiresInMinutes: 1440 });
  });

  it('opens a new link’s form on the same signer, ready to review, without overwriting what was typed', () => {
    const signer = { firstName: 'Anne', lastName: 'Martin', email: 'anne@contoso.example', phone: '+33 1 23 45 67 89' };
    const state = run([{ type: 'open', defaults: { companyName: 'Contoso', country: 'FR', language: 'fr-FR', ...signer } }]);
    expect(state.values).toMatchObject(signer);
    expect(run([{ type: 'review' }], state).step).toEqual({ name: 'review' });

    const typed = run([{ type: 'open', defaults: {} }, ...edits({ firstName: 'Luc' }), { type: 'close' }]);
    expect(run([{ type: 'open', defaults: signer }], typed).values).toMatchObject({ firstName: 'Luc', lastName: 'Martin' });
  });

  it('proposes en-US when nothing is known of the customer', () => {
    expect(run([{ type: 'open', defaults: {} }]).values.language).toBe('en-US');
  });

  it('goes through review, creation, the customer acceptance and the agreement', () => {
    const steps = [
      { type: 'review' },
      { type: 'create' },
      { type: 'created', link: LINK },
      { type: 'check' },
      { type: 'checked', link: ACCEPTED },
      { type: 'complete' },
      { type: 'completed', agreement: AGREEMENT },
    ] satisfies FlowEvent[];
    const names = steps.reduce<{ state: FlowState; names: string[] }>(
      ({ state, names }, event) => {
        const next = attestationFlow(state, event);
        return { state: next, names: [...names, next.step.name] };
      },
      { state: filled(), names: [] },
    ).names;
    expect(names).toEqual(['review', 'creating', 'awaiting', 'checking', 'awaiting', 'completing', 'done']);
  });

  it('stays on the form with each problem by field, counting the attempts, and clears a problem once edited', () => {
    const refused = run([{ type: 'open', defaults: {} }, { type: 'review' }, { type: 'review' }]);
    expect(refused.step.name).toBe('form');
    expect(refused.attempt).toBe(2);
    expect(refused.errors).toMatchObject({
      firstName: 'required',
      email: 'required',
      companyName: 'required',
      country: 'required',
    });
    const edited = attestationFlow(refused, { type: 'edit', field: 'firstName', value: 'Ada' });
    expect(edited.errors.firstName).toBeUndefined();
    expect(edited.errors.email).toBe('required');
  });

  it('writes the country in capitals and moves the language only once the country is complete and offered', () => {
    const typing = run([...edits({ country: 'b' })], run([{ type: 'open', defaults: { country: 'FR', language: 'fr-FR' } }]));
    expect(typing.values).toMatchObject({ country: 'B', language: 'fr-FR' });
    expect(run(edits({ country: 'be' }), typing).values).toMatchObject({ country: 'BE', language: 'en-US' });
    expect(run(edits({ country: 'CH' }), typing).values.language).toBe('fr-FR');
  });

  it('a signatory already on record (600061) reopens the form on the signatory, the email and the phone', () => {
    const form = run([{ type: 'review' }, { type: 'create' }, { type: 'failed', failure: FAILURE }], filled());
    expect(form.step.name).toBe('form');
    expect(form.failure).toEqual(FAILURE);
    expect(form.errors).toEqual({ firstName: 'onRecord', email: 'onRecord', phone: 'onRecord' });
    expect(form.attempt).toBe(filled().attempt + 1);
    // A changed email clears its mark, and the form can be reviewed again.
    const changed = run([{ type: 'edit', field: 'email', value: 'ada.l@example.com' }], form);
    expect(changed.errors.email).toBeUndefined();
    expect(run([{ type: 'review' }], changed).step.name).toBe('review');
  });

  it('after a failed request, goes back to where it can be tried again, with the failure to show', () => {
    const review = run([{ type: 'review' }, { type: 'create' }, { type: 'failed', failure: THROTTLED }], filled());
    expect(review.step.name).toBe('review');
    expect(review.failure).toEqual(THROTTLED);
    expect(attestationFlow(review, { type: 'create' }).failure).toBeNull();

    const waiting = run(
      [
        { type: 'review' },
        { type: 'create' },
        { type: 'created', link: LINK },
        { type: 'complete' },
        { type: 'failed', failure: FAILURE },
      ],
      filled(),
    );
    expect(waiting.step).toEqual({ name: 'awaiting', link: LINK });
  });

  it('ignores events that do not belong to the current step', () => {
    const form = filled();
    expect(attestationFlow(form, { type: 'create' })).toBe(form);
    expect(attestationFlow(form, { type: 'completed', agreement: AGREEMENT })).toBe(form);
    expect(attestationFlow(initialFlow(TENANT), { type: 'edit', field: 'email', value: 'x' }).values.email).toBe('');
  });

  it('a new link for an expired one goes straight to the review with the same signer and customer', () => {
    const expired = run([{ type: 'resume', link: { ...LINK, status: 'linkexpired' } }]);
    const defaults = {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      companyName: 'Contoso',
      country: 'FR',
      language: 'fr-FR',
    };
    const renewed = run([{ type: 'renew', defaults }], expired);
    expect(renewed.step.name).toBe('review');
    expect(renewed.values).toMatchObject(defaults);
    // From a closed panel too; and with something missing, the form opens instead so that it can be completed.
    expect(run([{ type: 'renew', defaults }]).step.name).toBe('review');
    expect(run([{ type: 'renew', defaults: { ...defaults, email: '' } }]).step.name).toBe('form');
    // Never while a request is under way.
    const busy = run([{ type: 'check' }], expired);
    expect(attestationFlow(busy, { type: 'renew', defaults })).toBe(busy);
  });

  it('resumes an attestation found in the records', () => {
    const resumed = run([{ type: 'resume', link: { ...LINK, status: 'linkexpired' } }]);
    expect(resumed.step).toEqual({ name: 'awaiting', link: { ...LINK, status: 'linkexpired' } });
  });

  it('forgets the details once closed after success, and keeps them when closed before', () => {
    const done = run(
      [
        { type: 'review' },
        { type: 'create' },
        { type: 'created', link: ACCEPTED },
        { type: 'complete' },
        { type: 'completed', agreement: AGREEMENT },
      ],
      filled(),
    );
    expect(run([{ type: 'close' }], done).values.email).toBe('');
    expect(run([{ type: 'close' }], filled()).values.email).toBe('ada@example.com');
  });

  it('gives the background the input as entered, the phone left out when empty', () => {
    expect(attestationInput(filled())).toEqual({
      tenantId: TENANT,
      signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
      companyName: 'Contoso',
      country: 'FR',
      language: 'fr-FR',
      expiresInMinutes: 1440,
    });
  });

  it('says what is going on while it waits', () => {
    expect(progressKey({ name: 'creating' })).toBe('attestation.progress.creating');
    expect(progressKey({ name: 'awaiting', link: LINK })).toBe('attestation.progress.waiting');
    expect(progressKey({ name: 'completing', link: LINK })).toBe('attestation.progress.completing');
    expect(progressKey({ name: 'form' })).toBeNull();
    expect(isBusy({ name: 'checking', link: LINK })).toBe(true);
    expect(isBusy({ name: 'awaiting', link: LINK })).toBe(false);
  });

  it('offers the agreement until the link expired or the agreement exists', () => {
    expect(canComplete(LINK)).toBe(true);
    expect(canComplete(ACCEPTED)).toBe(true);
    expect(canComplete({ ...LINK, status: 'linkexpired' })).toBe(false);
    expect(canComplete({ ...LINK, status: 'agreementcreated' })).toBe(false);
  });
});
