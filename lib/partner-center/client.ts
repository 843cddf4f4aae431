// The Partner Center REST client: one method per endpoint the product uses (docs/partner-center-api.md §2, §5), every
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
import { nextLinkHeaders, nextLinkTarget } from './paging';
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

export { PartnerCenterError } from './client-error';
export type { ApiResponse, CallOptions } from './transport';

export type PartnerCenterClientOptions = TransportOptions;

/** A write's result with the ids to record beside it (design: the correlation id is kept with every write). */
export type WriteResult<T> = ApiResponse<T>;

/** `CustomerSearchField` values the customer filter accepts (§5.2); only `starts_with` exists. */
export type CustomerSearchField = 'CompanyName' | 'Domain' | 'IndirectReseller' | 'IndirectCloudSolutionProvider';

/** Pages already read in one listing, so that a server handing out the same link or token twice does not make it loop. */
export interface PagingOptions extends CallOptions {
  seen?: Set<string>;
}

/** Refuses a next page that points back to one already read (or to the page itself), then notes it as read. */
function refuseRepeatedPage(
  next: string | null,
  token: string | null,
  seen: Set<string> | undefined,
  response: ApiResponse<unknown>,
): void {
  if (next === null) return;
  if (next === token || seen?.has(next))
    throw invalidResponseError(response.status, response, 'the next page repeats a page already read');
  seen?.add(next);
}

export interface ListCustomersOptions extends PagingOptions {
  filter?: { field: CustomerSearchField; value: string };
  /** Customers per page; Partner Center does not document a maximum (§7 question 10). */
  pageSize?: number;
}

/** A customer of a page that does not match the schema: its id when it has one, the first field wrong and why. */
export interface MalformedItem {
  id?: string;
  field: string;
  reason: string;
}

export interface CustomerPage {
  customers: Customer[];
  /** Items of the page that did not parse: the others are kept, so one bad customer does not sink the page. */
  malformed: MalformedItem[];
  totalCount: number;
}

// The page's envelope is checked whole; its items one by one (customerItems).
const customerPageSchema = customerCollectionSchema.extend({ items: z.array(z.unknown()) });

function customerItems(items: readonly unknown[]): Pick<CustomerPage, 'customers' | 'malformed'> {
  const customers: Customer[] = [];
  const malformed: MalformedItem[] = [];
  for (const item of items) {
    const parsed = customerSchema.safeParse(item);
    if (parsed.success) {
      customers.push(parsed.data);
      continue;
    }
    const issue = parsed.error.issues[0];
    const id = z.guid().safeParse((item as { id?: unknown } | null)?.id);
    malformed.push({
      ...(id.success && { id: id.data.toLowerCase() }),
      field: issue?.path.join('.') || '(item)',
      reason: issue?.message ?? 'invalid',
    });
  }
  return { customers, malformed };
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
    transport
      .send({ method: 'GET', url, schema, auth: 'delegated', ...(query ? { query } : {}), ...call })
      .then((response) => response.data);

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

    /**
     * One page of customers: the first for a null token, else the page a previous `next` token points to. The token carries
     * the next link and the headers it lists (`MS-ContinuationToken`), so that a long job can resume from it.
     */
    async customersPage(token: string | null, list: ListCustomersOptions = {}): Promise<CustomerPage & { next: string | null }> {
      const { filter, pageSize = 500, seen, ...call } = list;
      const resume = token === null ? null : (JSON.parse(token) as { target: string; headers: Record<string, string> });
      const filterJson = filter
        ? JSON.stringify({ Field: filter.field, Value: filter.value, Operator: 'starts_with' })
        : undefined;
      const response = await transport.send({
        method: 'GET',
        url: resume?.target ?? '/v1/customers',
        schema: customerPageSchema,
        auth: 'delegated',
        headers: resume?.headers ?? {},
        ...(resume ? {} : { query: { size: String(pageSize), filter: filterJson } }),
        ...call,
      });
      const link = response.data.links.next;
      const next = link ? JSON.stringify({ target: nextLinkTarget(link.uri), headers: nextLinkHeaders(link) }) : null;
      refuseRepeatedPage(next, token, seen, response);
      return { ...customerItems(response.data.items), totalCount: response.data.totalCount, next };
    },

    /** Every customer, page by page, following `links.next` with the headers it lists. */
    async *listCustomers(list: ListCustomersOptions = {}): AsyncGenerator<CustomerPage, void, undefined> {
      const pages = { ...list, seen: new Set<string>() };
      let token: string | null = null;
      for (;;) {
        const page: CustomerPage & { next: string | null } = await this.customersPage(token, pages);
        yield { customers: page.customers, malformed: page.malformed, totalCount: page.totalCount };
        if (page.next === null) return;
        token = page.next;
      }
    },

    getCustomer: (customerId: string, call?: CallOptions): Promise<Customer> =>
      get(`/v1/customers/${segment(customerId)}`, customerSchema, call),

    /** The MCA template (id, link, version): fetched rather than hard-coded (§2.1). */
    getAgreementMetadata: (call?: CallOptions): Promise<AgreementMetadata[]> =>
      get('/v1/agreements', agreementMetadataCollectionSchema, call, { agreementType: MICROSOFT_CUSTOMER_AGREEMENT }).then(
        (c) => c.items,
      ),

    /** Always asks for the MCA: without `agreementType` Partner Center answers with Microsoft Cloud Agreements (§2.2). */
    getCustomerAgreements: (customerId: string, call?: CallOptions): Promise<Agreement[]> =>
      get(`/v1/customers/${segment(customerId)}/agreements`, agreementCollectionSchema, call, {
        agreementType: MICROSOFT_CUSTOMER_AGREEMENT,
      }).then((c) => c.items),

    getDirectSignStatus: (customerId: string, call?: CallOptions): Promise<DirectSignStatus> =>
      get(`/v1/customers/${segment(customerId)}/directSignedMicrosoftCustomerAgreementStatus`, directSignStatusSchema, call),

    /** Links valid for five minutes: open them, never store or send them (§2.6). */
    getAgreementDocument: (
      templateId: string,
      { country, language }: AgreementDocumentQuery,
      call?: CallOptions,
    ): Promise<AgreementDocument> =>
      get(`/v1/agreementtemplates/${segment(templateId)}/document`, agreementDocumentSchema, call, { language, country }),

    getRelationshipRequestUrl: (call?: CallOptions): Promise<string> =>
      get('/v1/customers/relationshiprequests', relationshipRequestSchema, call).then((request) => request.url),

    /** One page of the undocumented bulk feed (§2.8): the first for a null token, else the page `next` points to. */
    async agreementRecordsPage(
      token: string | null,
      paging: PagingOptions = {},
    ): Promise<{ records: CustomerAgreementRecord[]; next: string | null }> {
      const { seen, ...call } = paging;
      const response = await transport.send({
        method: 'GET',
        url: '/v1/partners/customeragreementrecords',
        query: { continuation_token: token ?? undefined },
        schema: customerAgreementRecordsSchema,
        auth: 'delegated',
        ...call,
      });
      const next = response.data.continuationToken || null;
      refuseRepeatedPage(next, token, seen, response);
      return { records: response.data.customerAgreementRecords, next };
    },

    /** The bulk feed, page by page with `continuation_token`. */
    async *listCustomerAgreementRecords(call: CallOptions = {}): AsyncGenerator<CustomerAgreementRecord[], void, undefined> {
      const paging = { ...call, seen: new Set<string>() };
      let token: string | null = null;
      for (;;) {
        const page: { records: CustomerAgreementRecord[]; next: string | null } = await this.agreementRecordsPage(token, paging);
        yield page.records;
        if (page.next === null) return;
        token = page.next;
      }
    },

    /** Legacy attestation (§2.3), retired on 2026-01-05; kept so that its refusal is reported clearly. */
    createAgreement: async (
      customerId: string,
      request: CreateAgreementRequest,
      call: CallOptions = {},
    ): Promise<WriteResult<Agreement>> =>
      transport.send({
        method: 'POST',
        url: `/v1/customers/${segment(customerId)}/agreements`,
        body: checked(createAgreementRequestSchema, request, call),
        schema: agreementSchema,
        auth: 'delegated',
        ...call,
      }),

    /** Enhanced attestation, step 1 (contract.ts): app-only. */
    createAttestation: async (
      request: EnhancedAttestationRequest,
      call: CallOptions = {},
    ): Promise<WriteResult<EnhancedAttestationResponse>> =>
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
        .send({
          method: 'GET',
          url: attestationStatusPath(attestationId),
          schema: attestationStatusResponseSchema,
          auth: 'app-only',
          ...call,
        })
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
