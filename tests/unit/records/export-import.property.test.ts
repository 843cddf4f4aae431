// Whatever the extension can write, an export brings back: generated records of every store, names up to the longest the
// writes accept, every optional field present or not, go through export and import into a fresh database unchanged.
import { deleteDB } from 'idb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_TEXT_MAX } from '@/lib/mca/record-schemas';
import { EVIDENCE_SOURCES, PARTNER_ROLES } from '@/lib/mca/types';
import { recordAttestation } from '@/lib/records/attestations';
import { rememberCustomer } from '@/lib/records/customers';
import { DB_NAME } from '@/lib/records/db';
import { saveEvidence } from '@/lib/records/evidence';
import { readExportedRecords } from '@/lib/records/export-json';
import { recordInvitation } from '@/lib/records/invitations';
import { AUDIT_MODES, AUDIT_RUN_STATES, type AuditRunRecord } from '@/lib/records/types';
import { IDENTITY_SOURCES } from '@/lib/records/customer-identity';
import { freshDb } from '../support/records-db';
import { exportThenImportFresh } from './support';

const NOW = new Date('2026-11-20T12:00:00Z');

/** Any text, short or as long as the writes allow (in UTF-16 units, as the bound counts), accents and emoji included. */
const text = (max = RECORD_TEXT_MAX) =>
  fc
    .oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: 'binary', minLength: max - 8, maxLength: max }))
    .map((value) => value.slice(0, max));
const nonEmpty = (max: number) => text(max).filter((value) => value.length > 0);
const moment = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: NOW, noInvalidDate: true })
  .map((date) => date.toISOString());
const day = moment.map((iso) => `${iso.slice(0, 10)}T00:00:00`);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const agreement = fc.record(
  {
    type: fc.constantFrom('MicrosoftCustomerAgreement' as const, 'MicrosoftCloudAgreement' as const),
    dateAgreed: day,
    primaryContact: fc.record({ firstName: text(), lastName: text(), email: text(), phoneNumber: text() }, { requiredKeys: [] }),
    source: fc.constantFrom(...EVIDENCE_SOURCES),
    observedAt: moment,
  },
  { requiredKeys: ['type', 'dateAgreed'] },
);

const customerUpdate = (tenantId: string) =>
  fc.record({
    tenantId: fc.constant(tenantId),
    companyName: optional(text()),
    domain: optional(text()),
    country: optional(text()),
    language: optional(text()),
    contactName: optional(text()),
    contactEmail: optional(text()),
    lastSeenAt: moment,
  });

const evidence = (tenantId: string) =>
  fc.record(
    {
      tenantId: fc.constant(tenantId),
      source: fc.constantFrom(...EVIDENCE_SOURCES),
      observedAt: moment,
      agreements: fc.array(agreement, { maxLength: 3 }),
      directAcceptance: fc.boolean(),
    },
    { requiredKeys: ['tenantId', 'source', 'observedAt'] },
  );

const invitation = (tenantId: string) =>
  fc.record(
    {
      tenantId: fc.constant(tenantId),
      companyName: text(),
      kind: fc.constantFrom('accept-mca', 'new-customer'),
      locale: fc.constantFrom('en', 'fr'),
      via: fc.constantFrom('mailto' as const, 'copy' as const, 'eml' as const),
      at: moment,
    },
    { requiredKeys: ['kind', 'locale', 'via', 'at'] },
  );

const attestation = (tenantId: string) =>
  fc.record(
    {
      tenantId: fc.constant(tenantId),
      requestId: nonEmpty(128),
      correlationId: nonEmpty(128),
      attestationId: nonEmpty(256),
      signer: fc.record(
        { firstName: text(), lastName: text(), email: text(), phoneNumber: text(64) },
        { requiredKeys: ['firstName', 'lastName', 'email'] },
      ),
      attestedBy: fc.record({ name: text(), upn: text(), objectId: fc.uuid() }),
      result: nonEmpty(64),
      at: moment,
    },
    { requiredKeys: ['tenantId', 'requestId', 'correlationId', 'signer', 'result', 'at'] },
  );

const failure = fc.record({
  status: fc.nat(599),
  code: text(128),
  messageKey: text(256),
  retryable: fc.boolean(),
});

const auditRun = (id: string, tenantId: string): fc.Arbitrary<AuditRunRecord> =>
  fc.record(
    {
      id: fc.constant(id),
      startedAt: moment,
      finishedAt: moment,
      state: fc.constantFrom(...AUDIT_RUN_STATES),
      mode: fc.constantFrom(...AUDIT_MODES),
      counts: fc.record(
        { done: fc.nat(), failed: fc.nat(), total: fc.nat(), requests: fc.nat() },
        { requiredKeys: ['done', 'failed', 'requests'] },
      ),
      failures: fc.array(
        fc
          .tuple(failure, fc.integer({ min: 1, max: 10 }), optional(text(512)))
          .map(([cause, attempts, detail]) => ({ tenantId, ...cause, attempts, ...(detail === undefined ? {} : { detail }) })),
        { maxLength: 2 },
      ),
      stoppedBy: fc.record({ messageKey: nonEmpty(256), cause: failure }, { requiredKeys: ['messageKey'] }),
    },
    { requiredKeys: ['id', 'startedAt', 'state', 'counts', 'failures'] },
  );

/** One customer's records in every store. */
const customerRecords = fc.uuid().chain((tenantId) =>
  fc.record({
    customer: customerUpdate(tenantId),
    identitySource: fc.constantFrom(...IDENTITY_SOURCES),
    evidence: fc.array(evidence(tenantId), { minLength: 1, maxLength: 3 }),
    partnerRole: optional(fc.constantFrom(...PARTNER_ROLES)),
    invitation: invitation(tenantId),
    attestation: attestation(tenantId),
    auditRun: auditRun(`run-${tenantId}`, tenantId),
  }),
);

describe('export then import', () => {
  it('gives back the same records in every store, whatever the extension wrote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(customerRecords, { maxLength: 3, selector: (r) => r.customer.tenantId }), async (all) => {
        const source = await freshDb();
        for (const records of all) {
          await rememberCustomer(source, records.customer, records.identitySource);
          for (const piece of records.evidence) await saveEvidence(source, piece, { partnerRole: records.partnerRole });
          await recordInvitation(source, records.invitation);
          await recordAttestation(source, records.attestation);
          await source.put('auditRuns', records.auditRun);
        }
        const { expected, target, result } = await exportThenImportFresh(source, NOW);
        expect(result.ok && result.report.invalid).toEqual([]);
        expect(await readExportedRecords(target)).toEqual(expected);
        target.close();
        await deleteDB(DB_NAME);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('covers the longest names the writes accept', () => {
    const longest = fc.sample(text(), 200).some((value) => value.length === RECORD_TEXT_MAX);
    expect(longest).toBe(true);
  });
});
