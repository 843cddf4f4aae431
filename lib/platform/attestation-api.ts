import type { AttestationApi, CredentialApi } from '../attestation/api';
import { sendMessage } from '../messaging';

export const attestationApi: AttestationApi = {
  prepare: (tenantId) => sendMessage('prepareAttestation', { tenantId }),
  start: (input) => sendMessage('startAttestation', input),
  status: (attestationId) => sendMessage('getAttestationStatus', { attestationId }),
  complete: (tenantId, attestationId) => sendMessage('completeAttestation', { tenantId, attestationId }),
  history: async (tenantId) => (await sendMessage('getAttestationHistory', { tenantId })).attestations,
  tracked: async (attestationId) => (await sendMessage('getTrackedAttestation', { attestationId })).attestation,
  followed: async (tenantId) => (await sendMessage('listTrackedAttestations', { tenantId })).attestations,
};

export const credentialApi: CredentialApi = {
  list: () => sendMessage('listAppCredentials', {}),
  create: () => sendMessage('createAppCredential', {}),
  rotate: () => sendMessage('rotateAppCredential', {}),
  remove: (id) => sendMessage('deleteAppCredential', { id }),
};
