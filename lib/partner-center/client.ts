// The Partner Center REST client: one method per endpoint the product uses (partner-center-api.md §2, §5), every
// answer parsed with its schema, every failure a `PartnerCenterError`.
import { z } from 'zod';
import { invalidRequestError, invalidResponseError } from './client-error';
import {
  attestationStatusPath,
  attestationStatusResponseSchema,
  createAgreementWithAttestationPath,
  createAgreementWithAttestationRequestSchema,
  createAgreementWithAttestationResponseSchema,
  enhancedAttestationRequestSchema,
  enhancedAttestationResponseSchema,
  ENHANCED_ATTESTATION_PATH,
  type AttestationStatusResponse,
  type CreateAgreementWithAttestationRequest,
  type CreateAgreementWithAttestationResponse,
  type EnhancedAttestationRequest,
  type EnhancedAttestationResponse,
} from './contract';
import { nextLinkHeaders, nextLinkTarget, pageKey } from './paging';
import {
  MICROSOFT_CUSTOMER_AGREEMENT,
  agreementCollectionSchema,
  agreementDocumentSchema,
  agreementMetadataCollectionSchema,
  agreementSchema,
  createAgreementRequestSchema,
  customerAgreementRecordsSchema,
  customerCollectionSchema,
  customerSchema,
  directSignStatusSchema,
  relationshipRequestSchema,
  type Agreement,
  type AgreementDocument,
  type AgreementMetadata,
  type CreateAgreementRequest,
  type Customer,
  type CustomerAgreementRecord,
  type DirectSignStatus,
} from './schemas';
import { createTransport, type ApiResponse, type CallOptions, type TransportOptions } from './transport';

export { PartnerCenterError, CLIENT_ERROR_CODES } from './client-error';
export type { ApiResponse, CallOptions } from './transport';

export type PartnerCenterClientOptions = TransportOptions;

/** A write's result with the ids to record beside it (design: the correlation id is kept with every write). */
export type WriteResult<T> = ApiResponse<T>;

/** `CustomerSearchField` values the customer filter accepts (§5.2); only `starts_with` exists. */
export type CustomerSearchField = 'CompanyName' | 'Domain' | 'IndirectReseller' | 'IndirectCloudSolutionProvider';

export interface ListCustomersOptions extends CallOptions {
  filter?: { field: CustomerSearchField; value: string };
  /** Customers per page; Partner Center does not document a maximum (§7 question 10). */
  pageSize?: number;
}

export interface CustomerPage {
  customers: Customer[];
  totalCount: number;
}

export interface AgreementDocumentQuery {
  /** ISO 3166-1 alpha-2, case-sensitive (`FR`). */
  country: string;
  /** A language the template offers in that country (`fr-FR`, §6.3). */
  language: string;
}

const segment = encodeURIComponent;

export function createPartnerCenterClient(options: PartnerCenterClientOptions) {
  const transport = createTransport(options);
  const get = <S extends z.ZodType>(url: string, schema: S, call: CallOptions = {}, query?: Record<string, string | undefined>) =>
    transport.send({ method: 'GET', url, schema, auth: 'delegated', ...(query ? { query } : {}), ...call }).then((response) => response.data);

  /** Checks what we are about to send with the same schema Partner Center's side is modelled by. */
  function checked<S extends z.ZodType>(schema: S, input: unknown, call: CallOptions): z.output<S> {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const ids = { requestId: '', correlationId: call.correlationId ?? transport.correlationId };
    throw invalidRequestError(ids, parsed.error.issues.map((issue) => issue.message).join('; '));
  }

  return {
    /** The correlation id sent with every call that does not bring its own. */
    correlationId: transport.correlationId,

    /** Every customer, page by page, following `links.next` with the headers it lists. */
    async *listCustomers(list: ListCustomersOptions = {}): AsyncGenerator<CustomerPage, void, undefined> {
      const { filter, pageSize = 500, ...call } = list;
      const filterJson = filter ? JSON.stringify({ Field: filter.field, Value: filter.value, Operator: 'starts_with' }) : undefined;
      let target = '/v1/customers';
      let query: Record<string, string | undefined> | undefined = { size: String(pageSize), filter: filterJson };
      let headers: Record<string, string> = {};
      const seen = new Set<string>();
      for (;;) {
        seen.add(pageKey(target, headers));
        const response = await transport.send({
          method: 'GET',
          url: target,
          schema: customerCollectionSchema,
          auth: 'delegated',
          headers,
          ...(query ? { query } : {}),
          ...call,
        });
        yield { customers: response.data.items, totalCount: response.data.totalCount };
        const next = response.data.links.next;
        if (!next) return;
        target = nextLinkTarget(next.uri);
        query = undefined;
        headers = nextLinkHeaders(next);
        if (seen.has(pageKey(target, headers))) throw invalidResponseError(response.status, response, 'the next link repeats a page already read');
      }
    },

    getCustomer: (customerId: string, call?: CallOptions): Promise<Customer> => get(`/v1/customers/${segment(customerId)}`, customerSchema, call),

    /** The MCA template (id, link, version): fetched rather than hard-coded (§2.1). */
    getAgreementMetadata: (call?: CallOptions): Promise<AgreementMetadata[]> =>
      get('/v1/agreements', agreementMetadataCollectionSchema, call, { agreementType: MICROSOFT_CUSTOMER_AGREEMENT }).then((c) => c.items),

    /** Always asks for the MCA: without `agreementType` Partner Center answers with Microsoft Cloud Agreements (§2.2). */
    getCustomerAgreements: (customerId: string, call?: CallOptions): Promise<Agreement[]> =>
      get(`/v1/customers/${segment(customerId)}/agreements`, agreementCollectionSchema, call, {
        agreementType: MICROSOFT_CUSTOMER_AGREEMENT,
      }).then((c) => c.items),

    getDirectSignStatus: (customerId: string, call?: CallOptions): Promise<DirectSignStatus> =>
      get(`/v1/customers/${segment(customerId)}/directSignedMicrosoftCustomerAgreementStatus`, directSignStatusSchema, call),

    /** Links valid for five minutes: open them, never store or send them (§2.6). */
    getAgreementDocument: (templateId: string, { country, language }: AgreementDocumentQuery, call?: CallOptions): Promise<AgreementDocument> =>
      get(`/v1/agreementtemplates/${segment(templateId)}/document`, agreementDocumentSchema, call, { language, country }),

    getRelationshipRequestUrl: (call?: CallOptions): Promise<string> =>
      get('/v1/customers/relationshiprequests', relationshipRequestSchema, call).then((request) => request.url),

    /** The undocumented bulk feed (§2.8), page by page with `continuation_token`. */
    async *listCustomerAgreementRecords(call: CallOptions = {}): AsyncGenerator<CustomerAgreementRecord[], void, undefined> {
      let continuation: string | undefined;
      const seen = new Set<string>();
      for (;;) {
        const response = await transport.send({
          method: 'GET',
          url: '/v1/partners/customeragreementrecords',
          query: { continuation_token: continuation },
          schema: customerAgreementRecordsSchema,
          auth: 'delegated',
          ...call,
        });
        yield response.data.customerAgreementRecords;
        const token = response.data.continuationToken;
        if (!token) return;
        if (seen.has(token)) throw invalidResponseError(response.status, response, 'the continuation token repeats');
        seen.add(token);
        continuation = token;
      }
    },

    /** Legacy attestation (§2.3), retired on 2026-01-05; kept so that its refusal is reported clearly. */
    createAgreement: async (customerId: string, request: CreateAgreementRequest, call: CallOptions = {}): Promise<WriteResult<Agreement>> =>
      transport.send({
        method: 'POST',
        url: `/v1/customers/${segment(customerId)}/agreements`,
        body: checked(createAgreementRequestSchema, request, call),
        schema: agreementSchema,
        auth: 'delegated',
        ...call,
      }),

    /** Enhanced attestation, step 1 (contract.ts): app-only. */
    createAttestation: async (request: EnhancedAttestationRequest, call: CallOptions = {}): Promise<WriteResult<EnhancedAttestationResponse>> =>
      transport.send({
        method: 'POST',
        url: ENHANCED_ATTESTATION_PATH,
        body: checked(enhancedAttestationRequestSchema, request, call),
        schema: enhancedAttestationResponseSchema,
        auth: 'app-only',
        ...call,
      }),

    getAttestationStatus: (attestationId: string, call: CallOptions = {}): Promise<AttestationStatusResponse> =>
      transport
        .send({ method: 'GET', url: attestationStatusPath(attestationId), schema: attestationStatusResponseSchema, auth: 'app-only', ...call })
        .then((response) => response.data),

    /** Enhanced attestation, step 3: the agreement from the accepted attestation. */
    createAgreementWithAttestation: async (
      customerId: string,
      request: CreateAgreementWithAttestationRequest,
      call: CallOptions = {},
    ): Promise<WriteResult<CreateAgreementWithAttestationResponse>> =>
      transport.send({
        method: 'POST',
        url: createAgreementWithAttestationPath(customerId),
        body: checked(createAgreementWithAttestationRequestSchema, request, call),
        schema: createAgreementWithAttestationResponseSchema,
        auth: 'app-only',
        ...call,
      }),
  };
}

export type PartnerCenterClient = ReturnType<typeof createPartnerCenterClient>;
