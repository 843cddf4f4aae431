import type { MessageResponse } from '../messaging/protocol';
import type { AttestationInput } from './form';

export type AttestationPreparationView = MessageResponse<'prepareAttestation'>;
export type AttestationLinkOutcome = MessageResponse<'startAttestation'>;
export type CreatedAgreementOutcome = MessageResponse<'completeAttestation'>;
export type AttestationRecordView = MessageResponse<'getAttestationHistory'>['attestations'][number];
export type TrackedAttestationView = MessageResponse<'getTrackedAttestation'>['attestation'];
export type CredentialView = Extract<MessageResponse<'createAppCredential'>, { ok: true }>['credential'];
export type CredentialListOutcome = MessageResponse<'listAppCredentials'>;
export type CredentialOutcome = MessageResponse<'createAppCredential'>;
export type DoneOutcome = MessageResponse<'deleteAppCredential'>;

/** What the side panel's attestation flow asks of the background. */
export interface AttestationApi {
  prepare(tenantId: string): Promise<AttestationPreparationView>;
  start(input: AttestationInput): Promise<AttestationLinkOutcome>;
  status(attestationId: string): Promise<AttestationLinkOutcome>;
  complete(tenantId: string, attestationId: string): Promise<CreatedAgreementOutcome>;
  history(tenantId: string): Promise<AttestationRecordView[]>;
  /** The attestation as followed in the records (null when it is not), e.g. when its link was emailed. */
  tracked(attestationId: string): Promise<TrackedAttestationView>;
  /** The customer's attestations followed in the records, newest first. */
  followed(tenantId: string): Promise<NonNullable<TrackedAttestationView>[]>;
}

/** What the settings page's certificate panel asks of the background. */
export interface CredentialApi {
  list(): Promise<CredentialListOutcome>;
  create(): Promise<CredentialOutcome>;
  rotate(): Promise<CredentialOutcome>;
  remove(id: string): Promise<DoneOutcome>;
}
