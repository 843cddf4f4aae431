// Attestations made through the enhanced flow: created by the partner, accepted by the customer through the link,
// turned into an agreement by the partner. Their status is read from the sandbox clock.
import { randomUUID } from 'node:crypto';
import type { AttestationStatus, EnhancedAttestationRequest } from '@/lib/partner-center/contract';

export interface Attestation {
  id: string;
  request: EnhancedAttestationRequest;
  /** Partner tenant that created it. */
  partnerTenantId: string;
  createdAt: number;
  linkExpiresAt: number;
  acceptedAt?: number;
  agreementCreatedAt?: number;
}

export class AttestationStore {
  private readonly byId = new Map<string, Attestation>();

  create(request: EnhancedAttestationRequest, partnerTenantId: string, now: number, lifetimeMinutes: number): Attestation {
    const attestation: Attestation = {
      id: randomUUID(),
      request,
      partnerTenantId,
      createdAt: now,
      linkExpiresAt: now + lifetimeMinutes * 60_000,
    };
    this.byId.set(attestation.id, attestation);
    return attestation;
  }

  get(id: string): Attestation | undefined {
    return this.byId.get(id.toLowerCase());
  }

  all(): Attestation[] {
    return [...this.byId.values()];
  }

  forCustomer(customerTenantId: string): Attestation[] {
    return this.all().filter((attestation) => attestation.request.customerTenantId === customerTenantId);
  }
}

export function attestationStatus(attestation: Attestation, now: number): AttestationStatus {
  if (attestation.agreementCreatedAt !== undefined) return 'agreementcreated';
  if (attestation.acceptedAt !== undefined) return 'customeraccepted';
  return now >= attestation.linkExpiresAt ? 'linkexpired' : 'linkgenerated';
}
