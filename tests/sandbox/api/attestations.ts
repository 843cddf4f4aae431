// The enhanced attestation flow (docs/partner-center-api.md §2.4) with the shapes assumed in lib/partner-center/contract.ts:
// create an attestation, the customer accepts through the link, the partner creates the agreement with its id.
import {
  ATTESTATION_LINK_MINUTES,
  createAgreementWithAttestationRequestSchema,
  enhancedAttestationRequestSchema,
  type AttestationStatusResponse,
  type CreateAgreementWithAttestationResponse,
  type EnhancedAttestationResponse,
} from '@/lib/partner-center/contract';
import { MICROSOFT_CUSTOMER_AGREEMENT, formatPartnerCenterDate } from '@/lib/partner-center/schemas';
import type { Principal } from '../auth/jwt';
import { MCA_TEMPLATE_ID, templateByType } from '../data/agreement-templates';
import { attestationStatus, type Attestation } from '../data/attestations';
import { isTemplateCountry, templateLanguages } from '../data/template-languages';
import type { ContactPerson } from '../data/types';
import { recordAgreement, refuseDuplicate, sameContact, toAgreementResource } from './agreement-records';
import { ok, type ApiHandler, type ApiRequest, type ApiState } from './context';
import { findCustomer, reachAgreementService } from './customer-access';
import { apiErrors } from './errors';
import { parseBody } from './request-body';

export const ACCEPTANCE_PATH = '/_sandbox/accept/';

function signatory(attestation: Attestation): ContactPerson {
  const { request } = attestation;
  const contact: ContactPerson = {
    firstName: request.signatoryFirstName,
    lastName: request.signatoryLastName,
    email: request.signatoryEmail,
  };
  if (request.signatoryPhoneNumber !== undefined) contact.phoneNumber = request.signatoryPhoneNumber;
  return contact;
}

/** App-only, as documented; an indirect reseller is told it may not attest at all rather than to change its token. */
export function requireAppOnly(principal: Principal): void {
  if (principal.kind === 'app-only') return;
  throw principal.role === 'IndirectReseller' ? apiErrors.resellerCannotAttest() : apiErrors.appOnlyRequired();
}

function statusResponse(attestation: Attestation, state: ApiState): AttestationStatusResponse {
  const date = (instant: number | undefined) => (instant === undefined ? null : formatPartnerCenterDate(new Date(instant)));
  return {
    attestationId: attestation.id,
    customerTenantId: attestation.request.customerTenantId,
    status: attestationStatus(attestation, state.clock.nowMs()),
    acceptanceUrl: `${state.origin}${ACCEPTANCE_PATH}${attestation.id}`,
    linkExpiresAt: formatPartnerCenterDate(new Date(attestation.linkExpiresAt)),
    createdAt: formatPartnerCenterDate(new Date(attestation.createdAt)),
    acceptedAt: date(attestation.acceptedAt),
    agreementCreatedAt: date(attestation.agreementCreatedAt),
  };
}

function ownAttestation(principal: Principal, state: ApiState, id: string): Attestation {
  const attestation = state.attestations.get(id);
  if (!attestation || attestation.partnerTenantId !== principal.tenantId) throw apiErrors.attestationNotFound(id);
  return attestation;
}

export const createAttestation: ApiHandler = async ({ principal, json, now }, state) => {
  const input = parseBody(enhancedAttestationRequestSchema, await json());
  const customer = findCustomer(principal, state, input.customerTenantId);
  if (!isTemplateCountry(input.country))
    throw apiErrors.invalidInput(`country '${input.country}' is not a country the agreement is offered in`);
  const languages = templateLanguages(input.country);
  if (!languages.includes(input.language)) {
    throw apiErrors.invalidInput(
      `language '${input.language}' is not offered in ${input.country}; offered: ${languages.join(', ')}`,
    );
  }
  const request = { ...input, customerTenantId: customer.tenantId };
  const pending = state.attestations
    .forCustomer(customer.tenantId)
    .filter((attestation) => attestation.partnerTenantId === principal.tenantId)
    .filter((attestation) => ['linkgenerated', 'customeraccepted'].includes(attestationStatus(attestation, now.getTime())));
  const contact = {
    firstName: request.signatoryFirstName,
    lastName: request.signatoryLastName,
    email: request.signatoryEmail,
    phoneNumber: request.signatoryPhoneNumber,
  };
  refuseDuplicate(customer, MICROSOFT_CUSTOMER_AGREEMENT, contact);
  if (pending.some((attestation) => sameContact(signatory(attestation), contact))) throw apiErrors.duplicateAgreement();
  const minutes = input.expirationTimeInMinutes ?? ATTESTATION_LINK_MINUTES.default;
  const attestation = state.attestations.create(request, principal.tenantId, now.getTime(), minutes);
  const { acceptedAt: _accepted, agreementCreatedAt: _created, ...created } = statusResponse(attestation, state);
  const response: EnhancedAttestationResponse = created;
  return ok(response, 201);
};

export const getAttestation: ApiHandler = ({ principal, params }, state) =>
  ok(statusResponse(ownAttestation(principal, state, params[0] ?? ''), state));

export async function createAgreementFromAttestation({ principal, params, now }: ApiRequest, state: ApiState, body: unknown) {
  requireAppOnly(principal);
  const input = parseBody(createAgreementWithAttestationRequestSchema, body);
  const attestation = ownAttestation(principal, state, input.attestationId);
  const customer = findCustomer(principal, state, params[0] ?? '');
  if (attestation.request.customerTenantId !== customer.tenantId)
    throw apiErrors.invalidInput('the attestation was created for another customer');
  if (input.templateId !== undefined && input.templateId !== MCA_TEMPLATE_ID)
    throw apiErrors.invalidInput('templateId must be the Microsoft Customer Agreement template');
  await reachAgreementService(customer, state);
  const status = attestationStatus(attestation, now.getTime());
  if (status === 'linkexpired') throw apiErrors.attestationLinkExpired();
  if (status === 'linkgenerated' || attestation.acceptedAt === undefined) throw apiErrors.attestationNotAccepted();
  const template = templateByType(MICROSOFT_CUSTOMER_AGREEMENT);
  const agreement = recordAgreement(state.store, customer, template, signatory(attestation), new Date(attestation.acceptedAt), {
    attestationId: attestation.id,
  });
  attestation.agreementCreatedAt = now.getTime();
  const response: CreateAgreementWithAttestationResponse = { ...toAgreementResource(agreement), attestationId: attestation.id };
  return ok(response, 201);
}
