// Agreement metadata, a customer's agreements, and the legacy confirmation of acceptance (docs/partner-center-api.md §2.1–2.3).
import { ATTESTATION_API_ONLY_FROM, hasBegun } from '@/lib/mca/timeline';
import { parsePartnerCenterDate } from '@/lib/dates/partner-center-date';
import {
  AGREEMENT_TYPES,
  MICROSOFT_CLOUD_AGREEMENT,
  createAgreementRequestSchema,
  type AgreementCollection,
  type AgreementMetadataCollection,
  type AgreementType,
  type DirectSignStatus,
} from '@/lib/partner-center/schemas';
import { AGREEMENT_TEMPLATES, templateById } from '../data/agreement-templates';
import { recordAgreement, toAgreementResource } from './agreement-records';
import { createAgreementFromAttestation } from './attestations';
import { ok, type ApiHandler, type ApiRequest } from './context';
import { findCustomer, reachAgreementService } from './customer-access';
import { apiErrors } from './errors';
import { parseBody } from './request-body';

/** Absent means MicrosoftCloudAgreement, for backward compatibility; `*` means every type. */
function requestedTypes(url: URL): readonly AgreementType[] {
  const value = url.searchParams.get('agreementType');
  if (value === null || value === '') return [MICROSOFT_CLOUD_AGREEMENT];
  if (value === '*') return AGREEMENT_TYPES;
  const type = AGREEMENT_TYPES.find((candidate) => candidate === value);
  if (!type) throw apiErrors.invalidInput(`agreementType must be ${AGREEMENT_TYPES.join(', ')} or *`);
  return [type];
}

export const getAgreementMetadata: ApiHandler = ({ url }) => {
  const types = requestedTypes(url);
  const items = AGREEMENT_TEMPLATES.filter((template) => types.includes(template.agreementType));
  const collection: AgreementMetadataCollection = { totalCount: items.length, items, attributes: { objectType: 'Collection' } };
  return ok(collection);
};

export const getCustomerAgreements: ApiHandler = async ({ url, principal, params }, state) => {
  const customer = findCustomer(principal, state, params[0] ?? '');
  const types = requestedTypes(url);
  await reachAgreementService(customer, state);
  const items = customer.agreements.filter((agreement) => types.includes(agreement.type)).map(toAgreementResource);
  const collection: AgreementCollection = { totalCount: items.length, items, attributes: { objectType: 'Collection' } };
  return ok(collection);
};

/** The same path takes the legacy body (App+User) and, as we assume, the enhanced flow's attestation id (app-only). */
export const postCustomerAgreement: ApiHandler = async (request, state) => {
  const body = await request.json();
  if (typeof body === 'object' && body !== null && 'attestationId' in body)
    return createAgreementFromAttestation(request, state, body);
  return createLegacyAgreement(request, state, body);
};

async function createLegacyAgreement({ principal, params, now }: ApiRequest, state: Parameters<ApiHandler>[1], body: unknown) {
  if (principal.kind === 'app-only') throw apiErrors.appOnlyNotSupported();
  if (principal.role === 'IndirectReseller') throw apiErrors.resellerCannotAttest();
  const customer = findCustomer(principal, state, params[0] ?? '');
  if (hasBegun(ATTESTATION_API_ONLY_FROM, now)) throw apiErrors.legacyAttestationRetired();
  const input = parseBody(createAgreementRequestSchema, body);
  const template = templateById(input.templateId);
  if (!template)
    throw apiErrors.invalidInput(
      `templateId '${input.templateId}' is not an agreement template (template ids are case-sensitive)`,
    );
  // The request schema has checked the date; the reader gives its instant.
  const dateAgreed = new Date(parsePartnerCenterDate(input.dateAgreed) ?? Number.NaN);
  if (dateAgreed.getTime() > now.getTime()) throw apiErrors.invalidInput('dateAgreed cannot be in the future');
  await reachAgreementService(customer, state);
  // The record takes the template's type, whatever `type` says: Partner Center did so (Partner-Center-Java #86).
  const agreement = recordAgreement(state.store, customer, template, input.primaryContact, dateAgreed, { userId: principal.oid });
  return ok(toAgreementResource(agreement), 201);
}

export const getDirectSignStatus: ApiHandler = async ({ principal, params }, state) => {
  const customer = findCustomer(principal, state, params[0] ?? '');
  await reachAgreementService(customer, state);
  const status: DirectSignStatus = { isSigned: customer.directAcceptance };
  return ok(status);
};
