// A scripted fetch for the Partner Center client's tests, and a client on a stepping clock.
import { createPartnerCenterClient, type PartnerCenterClientOptions } from '@/lib/partner-center/client';
import { fakeClock } from '../support/fake-time';

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = Response | Error | ((request: RecordedRequest, init: RequestInit) => Response | Promise<Response>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export const fault = (status: number, code: string | number, description = 'failed', extra: Record<string, unknown> = {}) =>
  json(status, { code, description, ...extra });

/** Answers with the replies in order; the last one repeats. */
export function scriptedFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  let index = 0;
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const request: RecordedRequest = {
      url: new URL(input),
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const reply = replies[Math.min(index, replies.length - 1)];
    index += 1;
    if (reply === undefined) throw new Error('no reply scripted');
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(request, init);
    return reply.clone();
  };
  return { fetch, requests };
}

export const CORRELATION_ID = 'c0000000-0000-4000-8000-000000000001';

export function testClient(
  fetch: ReturnType<typeof scriptedFetch>['fetch'],
  overrides: Partial<PartnerCenterClientOptions> = {},
) {
  const clock = fakeClock();
  let counter = 0;
  const client = createPartnerCenterClient({
    baseUrl: 'https://api.partnercenter.microsoft.com',
    getAccessToken: async () => 'delegated-token',
    fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    correlationId: CORRELATION_ID,
    newGuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    rateLimit: false,
    ...overrides,
  });
  return { client, clock };
}

export const TENANT = '11111111-1111-4111-8111-111111111111';

export function customer(index: number) {
  const id = `22222222-2222-4222-8222-${String(index).padStart(12, '0')}`;
  return { id, companyProfile: { tenantId: id, domain: `c${index}.onmicrosoft.com`, companyName: `Customer ${index}` } };
}

export function customerPage(indexes: number[], next?: { uri: string; token: string }) {
  return json(200, {
    totalCount: indexes.length,
    items: indexes.map(customer),
    links: {
      self: { uri: '/customers', method: 'GET', headers: [] },
      ...(next ? { next: { uri: next.uri, method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: next.token }] } } : {}),
    },
    attributes: { objectType: 'Collection' },
  });
}

export const agreement = {
  userId: 'a0d1e2f3-0001-4000-8000-00000000ad01',
  primaryContact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phoneNumber: null },
  dateAgreed: '2024-05-01T00:00:00',
  templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
  type: 'MicrosoftCustomerAgreement',
  agreementLink: 'https://aka.ms/customeragreement',
};

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
