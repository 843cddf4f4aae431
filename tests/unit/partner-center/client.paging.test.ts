import { describe, expect, it } from 'vitest';
import { PartnerCenterError } from '@/lib/partner-center/client';
import { nextLinkTarget } from '@/lib/partner-center/paging';
import { collect, customerPage, failure, json, scriptedFetch, testClient } from './client-fakes';

describe('Partner Center client: customer pages', () => {
  it('follows links.next, sending the headers it lists', async () => {
    const { fetch, requests } = scriptedFetch(
      customerPage([1, 2], { uri: '/customers?size=2&seekOperation=Next', token: 'page-2' }),
      customerPage([3, 4], { uri: '/customers?size=2&seekOperation=Next', token: 'page-3' }),
      customerPage([5]),
    );
    const pages = await collect(testClient(fetch).client.listCustomers({ pageSize: 2 }));
    expect(pages.map((page) => page.customers.map((c) => c.companyProfile.companyName))).toEqual([
      ['Customer 1', 'Customer 2'],
      ['Customer 3', 'Customer 4'],
      ['Customer 5'],
    ]);
    expect(requests.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      '/v1/customers?size=2',
      '/v1/customers?size=2&seekOperation=Next',
      '/v1/customers?size=2&seekOperation=Next',
    ]);
    expect(requests.map((r) => r.headers['MS-ContinuationToken'])).toEqual([undefined, 'page-2', 'page-3']);
    expect(new Set(requests.map((r) => r.headers['MS-RequestId'])).size).toBe(3);
  });

  it('sends the filter as Partner Center expects it', async () => {
    const { fetch, requests } = scriptedFetch(customerPage([1]));
    await collect(testClient(fetch).client.listCustomers({ filter: { field: 'CompanyName', value: 'Fab' } }));
    expect(JSON.parse(requests[0]?.url.searchParams.get('filter') ?? '')).toEqual({
      Field: 'CompanyName',
      Value: 'Fab',
      Operator: 'starts_with',
    });
    expect(requests[0]?.url.searchParams.get('size')).toBe('500');
  });

  it('stops reading when the caller stops', async () => {
    const { fetch, requests } = scriptedFetch(customerPage([1], { uri: '/customers?next', token: 't' }));
    for await (const page of testClient(fetch).client.listCustomers()) {
      expect(page.customers).toHaveLength(1);
      break;
    }
    expect(requests).toHaveLength(1);
  });

  it('a next link that repeats a page ends with an error rather than looping', async () => {
    const { fetch, requests } = scriptedFetch(customerPage([1], { uri: '/customers?next', token: 'same' }));
    const error = await failure(collect(testClient(fetch).client.listCustomers()));
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(requests).toHaveLength(2);
  });

  it('a next link to another origin is refused and the token is not sent there', async () => {
    const { fetch, requests } = scriptedFetch(customerPage([1], { uri: 'https://evil.example/v1/customers', token: 't' }));
    const error = (await failure(collect(testClient(fetch).client.listCustomers()))) as PartnerCenterError;
    expect(error.code).toBe('invalid-response');
    expect(requests.every((r) => r.url.origin === 'https://api.partnercenter.microsoft.com')).toBe(true);
  });

  it('a retried page keeps its continuation header', async () => {
    const { fetch, requests } = scriptedFetch(
      customerPage([1], { uri: '/customers?next', token: 'p2' }),
      json(503, {}),
      customerPage([2]),
    );
    await collect(testClient(fetch).client.listCustomers());
    expect(requests.map((r) => r.headers['MS-ContinuationToken'])).toEqual([undefined, 'p2', 'p2']);
  });

  it.each([
    ['/v1/customers?size=2', '/v1/customers?size=2'],
    ['/customers?size=2', '/v1/customers?size=2'],
    ['customers?size=2', '/v1/customers?size=2'],
    ['https://api.partnercenter.microsoft.com/v1/customers?x', 'https://api.partnercenter.microsoft.com/v1/customers?x'],
  ])('next link %s is read as %s', (uri, target) => {
    expect(nextLinkTarget(uri)).toBe(target);
  });
});

describe('Partner Center client: bulk agreement records', () => {
  const record = (n: number) => ({
    customerTenantId: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    lastAgreementDateEpoch: 1_700_000_000,
    partnerAttestationCompleted: true,
  });

  it('follows continuation_token until the feed has none', async () => {
    const { fetch, requests } = scriptedFetch(
      json(200, { customerAgreementRecords: [record(1), record(2)], continuationToken: 'abc+/=' }),
      json(200, { customerAgreementRecords: [record(3)], continuationToken: null }),
    );
    const pages = await collect(testClient(fetch).client.listCustomerAgreementRecords());
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(requests.map((r) => r.url.pathname)).toEqual([
      '/v1/partners/customeragreementrecords',
      '/v1/partners/customeragreementrecords',
    ]);
    expect(requests[0]?.url.searchParams.has('continuation_token')).toBe(false);
    expect(requests[1]?.url.searchParams.get('continuation_token')).toBe('abc+/=');
  });

  it('a repeating continuation token ends with an error', async () => {
    const { fetch } = scriptedFetch(json(200, { customerAgreementRecords: [record(1)], continuationToken: 'same' }));
    await expect(collect(testClient(fetch).client.listCustomerAgreementRecords())).rejects.toBeInstanceOf(PartnerCenterError);
  });
});
