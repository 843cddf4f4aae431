// The enhanced attestation flow as the background runs it (contract.ts): refuse what cannot work before sending anything,
// create the attestation with the app-only credential, read its status, create the agreement, and keep what happened.
import type { PartnerCenterClient } from '../partner-center/client';
import { PartnerCenterError } from '../partner-center/client-error';
import type { AttestationStatusResponse } from '../partner-center/contract';
import { MICROSOFT_CUSTOMER_AGREEMENT, type Agreement } from '../partner-center/schemas';
import type { RecordsDb } from '../records/db';
import { customerRecord } from '../records/customers';
import {
  trackAttestation,
  trackedAttestation,
  trackedAttestationsIn,
  trackedAttestationsOf,
  updateTrackedAttestation,
} from '../records/tracked-attestations';
import { TRACKED_ATTESTATION_STATES } from '../records/types';
import type {
  AttestationRecord,
  AttesterRecord,
  SignerRecord,
  TrackedAttestation,
  TrackedAttestationState,
} from '../records/types';
import type { Failure } from '../failure/failure';
import { currentBuild } from '../config/build';
import { isTrustedAcceptanceLink, UNTRUSTED_ACCEPTANCE_LINK } from './acceptance-link';
import { defaultsFromCustomer, defaultsFromRecord } from './defaults';
import { describeAttestationFailure } from './failure';
import type { AttestationLink, CreatedAgreement, FormDefaults } from './flow';
import { validateAttestation, type AttestationInput } from './form';
import { attestationHistory, creationRecord, keepAgreementEvidence, keepAttestationRecord } from './records';
import { attestationRefusal, SIGN_IN_REQUIRED, type AttestationSettings } from './refusal';
import { afterRefusal, afterStatus, agreementCreated, expiredBy, withAgreementRequestId } from './tracking';

export type AttestationClient = Pick<
  PartnerCenterClient,
  'createAttestation' | 'getAttestationStatus' | 'createAgreementWithAttestation'
>;
export type CustomerReader = Pick<PartnerCenterClient, 'getCustomer'>;

export interface AttestationServiceDeps {
  settings(): Promise<AttestationSettings>;
  /** The staff member signed in now (delegated, MFA, partner tenant), asked at each step; null when nobody is. */
  attester(): Promise<AttesterRecord | null>;
  hasCredential(): Promise<boolean>;
  /** The client with the app-only token. */
  attestationClient(): Promise<AttestationClient>;
  /** The delegated client when someone is signed in, for the form's defaults; else null. */
  customerReader(): Promise<CustomerReader | null>;
  openDb(): Promise<RecordsDb>;
  now(): Date;
  /** A new GUID: the flow's correlation id, the agreement's request id. */
  newId(): string;
  onStatusChanged(tenantId: string): void;
  /** How long the form waits for the customer's billing profile before using the local records. */
  prefillTimeoutMs?: number;
}

export type AttestationResult<T> = ({ ok: true } & T) | { ok: false; error: Failure };

export interface AttestationPreparation {
  defaults: FormDefaults;
  source: 'api' | 'records' | 'none';
  refusal?: Failure;
}

type Settled = Omit<AttestationRecord, 'id' | 'tenantId' | 'signer' | 'at' | 'attestedBy'>;

const linkOf = (
  response: Omit<AttestationStatusResponse, 'acceptedAt' | 'agreementCreatedAt'> & { acceptedAt?: string | null },
): AttestationLink => ({
  attestationId: response.attestationId,
  acceptanceUrl: response.acceptanceUrl,
  linkExpiresAt: response.linkExpiresAt,
  status: response.status,
  ...(response.acceptedAt ? { acceptedAt: response.acceptedAt } : {}),
});

/** The link goes to the partner and the signatory only when it leads to Microsoft; anything else is an error, never a link. */
function linkResult(response: Parameters<typeof linkOf>[0]): AttestationResult<{ attestation: AttestationLink }> {
  if (!isTrustedAcceptanceLink(response.acceptanceUrl, currentBuild)) return { ok: false, error: UNTRUSTED_ACCEPTANCE_LINK };
  return { ok: true, attestation: linkOf(response) };
}

function signerOf(input: AttestationInput): SignerRecord {
  const { firstName, lastName, email, phone } = input.signer;
  return {
    firstName: firstName.trim(),
    lastName: lastName.trim(),
    email: email.trim(),
    ...(phone?.trim() ? { phoneNumber: phone.trim() } : {}),
  };
}

function signerOfAgreement(agreement: Agreement): SignerRecord | undefined {
  const contact = agreement.primaryContact;
  if (!contact?.firstName || !contact.lastName || !contact.email) return undefined;
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    ...(contact.phoneNumber ? { phoneNumber: contact.phoneNumber } : {}),
  };
}

/** A refusal Partner Center answered is worth a record (its ids are what support asks for); throttling is not. */
function refusalRecord(error: unknown): Settled | null {
  if (!(error instanceof PartnerCenterError) || error.status < 400 || error.status >= 500 || error.status === 429) return null;
  return { requestId: error.requestId, correlationId: error.correlationId, result: error.code };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      () => (clearTimeout(timer), resolve(undefined)),
    );
  });
}

export function createAttestationService(deps: AttestationServiceDeps) {
  /** Why attesting cannot go on now, or who is attesting. */
  async function checked(): Promise<{ refused: Failure } | { attester: AttesterRecord }> {
    const [settings, hasCredential, attester] = await Promise.all([
      deps.settings(),
      deps.hasCredential().catch(() => false),
      deps.attester().catch(() => null),
    ]);
    const refused = attestationRefusal(settings, hasCredential, attester !== null);
    return refused || !attester ? { refused: refused ?? SIGN_IN_REQUIRED } : { attester };
  }

  const keep = (tenantId: string, signer: SignerRecord, attestedBy: AttesterRecord, settled: Settled) =>
    keepAttestationRecord(deps.openDb, { tenantId, signer, attestedBy, at: deps.now().toISOString(), ...settled });

  /** A browser without records (Firefox private windows) attests all the same; it just cannot follow the attestation. */
  const track = async (tracked: TrackedAttestation) => {
    try {
      await trackAttestation(await deps.openDb(), tracked);
    } catch {
      // Nothing to follow it with: the panel still shows the link.
    }
  };

  /**
   * Moves the followed attestation with `change` in one transaction and tells the pages when its state changed; what it
   * was before and is now (both undefined when it is not followed or this browser has no records).
   */
  async function move(
    attestationId: string,
    change: (current: TrackedAttestation) => TrackedAttestation | undefined,
  ): Promise<{ before?: TrackedAttestation; after?: TrackedAttestation; announced?: boolean }> {
    let before: TrackedAttestation | undefined;
    try {
      const after = await updateTrackedAttestation(await deps.openDb(), attestationId, (current) => {
        before = current;
        return change(current);
      });
      const announced = before !== undefined && after !== undefined && before.state !== after.state;
      if (announced) deps.onStatusChanged(after.tenantId);
      return { before, after, announced };
    } catch {
      return {};
    }
  }

  const refusalCode = (error: unknown) =>
    error instanceof PartnerCenterError && error.status >= 400 && error.status < 500 && error.status !== 429
      ? error.code
      : undefined;

  /** One agreement at a time per attestation: the panel and the watcher asking together share the one write. */
  const completing = new Map<string, Promise<AttestationResult<{ agreement: CreatedAgreement }>>>();

  async function createAgreement(
    tenantId: string,
    attestationId: string,
    attester: AttesterRecord,
  ): Promise<AttestationResult<{ agreement: CreatedAgreement }>> {
    const created = await creationRecord(deps.openDb, tenantId, attestationId);
    const fallbackSigner = created?.signer ?? { firstName: '', lastName: '', email: '' };
    const { after: reserved } = await move(attestationId, (current) =>
      current.agreementRequestId ? undefined : withAgreementRequestId(current, deps.newId),
    );
    // The whole flow under one correlation id, for Partner Center support; the agreement under the id kept for it.
    const call = {
      correlationId: reserved?.correlationId ?? created?.correlationId ?? deps.newId(),
      ...(reserved?.agreementRequestId ? { requestId: reserved.agreementRequestId } : {}),
    };
    try {
      const client = await deps.attestationClient();
      const response = await client.createAgreementWithAttestation(
        tenantId,
        { attestationId, type: MICROSOFT_CUSTOMER_AGREEMENT },
        call,
      );
      const { requestId, correlationId, data } = response;
      const recorded = await keep(tenantId, signerOfAgreement(data) ?? fallbackSigner, attester, {
        requestId,
        correlationId,
        attestationId,
        result: 'agreementcreated',
      });
      const partnerRole = (await deps.settings()).partnerRole ?? undefined;
      await keepAgreementEvidence(deps.openDb, tenantId, data, deps.now().toISOString(), partnerRole).catch(() => undefined);
      const moved = await move(attestationId, (current) => agreementCreated(current, deps.now().toISOString()));
      // The customer's status changed with the evidence, whether or not this browser follows the attestation.
      if (!moved.announced) deps.onStatusChanged(tenantId);
      return { ok: true, agreement: { dateAgreed: data.dateAgreed, requestId, correlationId, recorded } };
    } catch (error) {
      const refusedWrite = refusalRecord(error);
      if (refusedWrite) await keep(tenantId, fallbackSigner, attester, { ...refusedWrite, attestationId });
      await move(attestationId, (current) => afterRefusal(current, refusalCode(error)));
      return { ok: false, error: describeAttestationFailure(error) };
    }
  }

  return {
    /** The form's defaults (billing profile when signed in, else local records), and why attesting cannot work, if so. */
    async prepare(tenantId: string): Promise<AttestationPreparation> {
      const readCustomer = async () => {
        const reader = await deps.customerReader();
        return reader ? defaultsFromCustomer(await reader.getCustomer(tenantId)) : undefined;
      };
      const readRecord = async () => {
        const record = await customerRecord(await deps.openDb(), tenantId);
        return record ? defaultsFromRecord(record) : undefined;
      };
      const [check, fromApi, fromRecords] = await Promise.all([
        checked(),
        within(readCustomer(), deps.prefillTimeoutMs ?? 5000),
        readRecord().catch(() => undefined),
      ]);
      const source =
        fromApi && Object.keys(fromApi).length > 0
          ? 'api'
          : fromRecords && Object.keys(fromRecords).length > 0
            ? 'records'
            : 'none';
      return { defaults: { ...fromRecords, ...fromApi }, source, ...('refused' in check ? { refusal: check.refused } : {}) };
    },

    async start(input: AttestationInput): Promise<AttestationResult<{ attestation: AttestationLink }>> {
      const check = await checked();
      if ('refused' in check) return { ok: false, error: check.refused };
      const { attester } = check;
      const validation = validateAttestation(input);
      if (!validation.ok)
        return { ok: false, error: { messageKey: 'attestation.errors.invalidForm', retryable: false, code: 'invalid-form' } };
      const tenantId = validation.request.customerTenantId;
      const signer = signerOf(input);
      try {
        const client = await deps.attestationClient();
        const created = await client.createAttestation(validation.request, { correlationId: deps.newId() });
        const { requestId, correlationId, data } = created;
        await keep(tenantId, signer, attester, {
          requestId,
          correlationId,
          attestationId: data.attestationId,
          result: data.status,
        });
        const link = linkResult(data);
        // Followed from here to its agreement; a link that does not lead to Microsoft is not followed.
        if (link.ok) {
          const request = validation.request;
          await track({
            attestationId: data.attestationId,
            tenantId,
            companyName: request.companyName,
            country: request.country,
            language: request.language,
            signer,
            attestedBy: attester,
            state: 'link-sent',
            acceptanceUrl: data.acceptanceUrl,
            linkExpiresAt: data.linkExpiresAt,
            createdAt: deps.now().toISOString(),
            requestId,
            correlationId,
          });
        }
        return link;
      } catch (error) {
        const refusedWrite = refusalRecord(error);
        if (refusedWrite) await keep(tenantId, signer, attester, refusedWrite);
        return { ok: false, error: describeAttestationFailure(error) };
      }
    },

    async status(attestationId: string): Promise<AttestationResult<{ attestation: AttestationLink }>> {
      const check = await checked();
      if ('refused' in check) return { ok: false, error: check.refused };
      try {
        const answer = await (await deps.attestationClient()).getAttestationStatus(attestationId);
        await move(attestationId, (current) => afterStatus(current, answer, deps.now()));
        return linkResult(answer);
      } catch (error) {
        await move(attestationId, (current) => afterRefusal(current, refusalCode(error)));
        return { ok: false, error: describeAttestationFailure(error) };
      }
    },

    async complete(tenantId: string, attestationId: string): Promise<AttestationResult<{ agreement: CreatedAgreement }>> {
      const check = await checked();
      if ('refused' in check) return { ok: false, error: check.refused };
      const pending = completing.get(attestationId);
      if (pending) return pending;
      const work = createAgreement(tenantId, attestationId, check.attester).finally(() => completing.delete(attestationId));
      completing.set(attestationId, work);
      return work;
    },

    /** Whether a step can be taken now (configured, a certificate, someone signed in): the watcher waits until it can. */
    ready: async () => !('refused' in (await checked())),

    /** A link past its expiry that nobody accepted is marked expired here, without asking Partner Center again. */
    expireIfDue: (attestationId: string) => move(attestationId, (current) => expiredBy(current, deps.now())),

    async trackedOne(attestationId: string): Promise<TrackedAttestation | undefined> {
      try {
        return await trackedAttestation(await deps.openDb(), attestationId);
      } catch {
        return undefined;
      }
    },

    history: (tenantId: string) => attestationHistory(deps.openDb, tenantId),

    /** The attestations this browser follows: one customer's, or all of those in the states asked for; newest first. */
    async tracked(query: { tenantId?: string; states?: readonly TrackedAttestationState[] }): Promise<TrackedAttestation[]> {
      try {
        const db = await deps.openDb();
        if (query.tenantId) {
          const ofCustomer = await trackedAttestationsOf(db, query.tenantId);
          return query.states ? ofCustomer.filter((tracked) => query.states?.includes(tracked.state)) : ofCustomer;
        }
        return await trackedAttestationsIn(db, query.states ?? TRACKED_ATTESTATION_STATES);
      } catch {
        return [];
      }
    },
  };
}
