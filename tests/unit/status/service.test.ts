import { describe, expect, it } from 'vitest';
import type { RecordsDb } from '@/lib/records/db';
import { PartnerCenterError } from '@/lib/partner-center/client-error';
import { createStatusService } from '@/lib/status/service';
import { customerRecord } from '@/lib/records/customers';
import { freshDb } from '../support/records-db';

const T = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const NOW = new Date('2026-11-23T10:00:00Z');

const service = (openDb: () => Promise<RecordsDb> = freshDb) =>
  createStatusService({ openDb, now: () => NOW, uiLocale: async () => 'fr', partnerRole: async () => 'direct-bill' });

describe('customer status service', () => {
  it('knows nothing of a customer never seen', async () => {
    const status = await service().getCustomerStatus({ tenantId: T });
    expect(status.assessment.status).toBe('unknown');
    expect(status.assessment.blockedActions).toEqual([]);
    expect(status.uiLocale).toBe('fr');
  });

  it('remembers what the Account page showed, so the Subscriptions page knows the customer is blocked', async () => {
    const page = {
      language: 'en',
      partnerAttestation: 'provided',
      directAcceptance: 'not-provided',
      dateAgreed: '2019-08-26T00:00:00',
    } as const;
    const onAccount = await service().getCustomerStatus({ tenantId: T, page });
    expect(onAccount.assessment.status).toBe('attestation-stale');
    const onSubscriptions = await service().getCustomerStatus({ tenantId: T });
    expect(onSubscriptions.assessment.status).toBe('attestation-stale');
    expect(onSubscriptions.assessment.blockedActions).toHaveLength(4);
    expect(onSubscriptions.evidence).toEqual([expect.objectContaining({ source: 'page', observedAt: NOW.toISOString() })]);
  });

  it('ignores a page reading that says nothing', async () => {
    const page = { language: 'unknown', partnerAttestation: 'unknown', directAcceptance: 'unknown' } as const;
    const status = await service().getCustomerStatus({ tenantId: T, page });
    expect(status.evidence).toEqual([]);
  });

  it('still answers from the page when the database cannot be opened', async () => {
    const page = { language: 'fr', partnerAttestation: 'not-provided', directAcceptance: 'provided' } as const;
    const status = await service(() => Promise.reject(new Error('private window'))).getCustomerStatus({ tenantId: T, page });
    expect(status.assessment.status).toBe('direct-acceptance');
  });
});

describe('with the Partner Center API', () => {
  const agreement = (dateAgreed: string) => ({
    type: 'MicrosoftCustomerAgreement' as const,
    dateAgreed,
    templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
    primaryContact: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
  });
  const reader =
    (calls: string[], fail = false) =>
    async () => ({
      getCustomerAgreements: async (id: string) => {
        calls.push(`agreements ${id}`);
        if (fail)
          throw new PartnerCenterError({
            status: 0,
            code: 'network',
            description: 'offline',
            retryable: true,
            messageKey: 'errors.service.offline',
            requestId: 'r',
            correlationId: 'c',
          });
        return [agreement('2024-05-01T00:00:00')] as never;
      },
      getDirectSignStatus: async () => ({ isSigned: false }),
      getCustomer: async (id: string) =>
        ({
          id,
          companyProfile: { tenantId: id, domain: 'contoso.onmicrosoft.com', companyName: 'Contoso' },
          billingProfile: { language: 'fr', defaultAddress: { country: 'FR' } },
        }) as never,
    });
  const withApi = (apiReader: () => Promise<unknown>) =>
    createStatusService({
      openDb: freshDb,
      now: () => NOW,
      uiLocale: async () => 'en',
      partnerRole: async () => undefined,
      apiReader: apiReader as never,
    });

  it('keeps who the page says the customer is, and lets the API correct it', async () => {
    const identity = {
      companyName: 'Taylor Holdings Ltd',
      domain: 'Taylor.example',
      countryRegion: 'United Kingdom',
      language: 'English (United Kingdom)',
    };
    await withApi(async () => null).getCustomerStatus({ tenantId: T, identity });
    expect(await customerRecord(await freshDb(), T)).toMatchObject({
      companyName: 'Taylor Holdings Ltd',
      domain: 'taylor.example',
      country: 'GB',
      language: 'en-GB',
    });
    await withApi(reader([])).getCustomerStatus({ tenantId: T });
    expect(await customerRecord(await freshDb(), T)).toMatchObject({
      companyName: 'Contoso',
      country: 'FR',
      identity: { companyName: { source: 'api', observedAt: NOW.toISOString() } },
    });
    await withApi(async () => null).getCustomerStatus({ tenantId: T, identity });
    expect(await customerRecord(await freshDb(), T)).toMatchObject({ companyName: 'Contoso' });
  });

  it('asks the API who the customer is at most once a day, while the acceptance is read hourly', async () => {
    const customerReads: Date[] = [];
    let now = NOW;
    const counting = async () => ({
      ...(await reader([])()),
      getCustomer: async (id: string) => (customerReads.push(now), (await reader([])()).getCustomer(id)),
    });
    const at = (date: Date) =>
      createStatusService({
        openDb: freshDb,
        now: () => date,
        uiLocale: async () => 'en',
        partnerRole: async () => undefined,
        apiReader: counting,
      });
    for (const hours of [0, 2, 4, 23, 25]) {
      now = new Date(NOW.getTime() + hours * 3_600_000);
      expect((await at(now).getCustomerStatus({ tenantId: T })).api).toEqual({ state: 'read' });
    }
    expect(customerReads.map((date) => (date.getTime() - NOW.getTime()) / 3_600_000)).toEqual([0, 25]);
  });

  it('reads the API once, then answers from the kept reading until it is an hour old or a refresh is asked', async () => {
    const calls: string[] = [];
    const service = withApi(reader(calls));
    const first = await service.getCustomerStatus({ tenantId: T });
    expect(first.api).toEqual({ state: 'read' });
    expect(first.assessment.status).toBe('attested');
    expect(first.evidence).toEqual([expect.objectContaining({ source: 'api', directAcceptance: false })]);
    expect(await customerRecord(await freshDb(), T)).toMatchObject({ companyName: 'Contoso', country: 'FR', language: 'fr' });
    expect((await service.getCustomerStatus({ tenantId: T })).api).toEqual({ state: 'cached' });
    expect((await service.getCustomerStatus({ tenantId: T, refresh: true })).api).toEqual({ state: 'read' });
    expect((await service.getCustomerStatus({ tenantId: T, refresh: true, localOnly: true })).api).toEqual({ state: 'cached' });
    expect(calls).toEqual([`agreements ${T}`, `agreements ${T}`]);
  });

  it('says so when nobody is signed in, and still answers from the page', async () => {
    const page = { language: 'en', partnerAttestation: 'not-provided', directAcceptance: 'provided' } as const;
    const status = await withApi(async () => null).getCustomerStatus({ tenantId: T, page });
    expect(status.api).toEqual({ state: 'signed-out' });
    expect(status.assessment.status).toBe('direct-acceptance');
  });

  it('reports a failed read with its message and keeps the other evidence', async () => {
    const page = { language: 'en', partnerAttestation: 'not-provided', directAcceptance: 'not-provided' } as const;
    const status = await withApi(reader([], true)).getCustomerStatus({ tenantId: T, page });
    expect(status.api).toEqual(
      expect.objectContaining({ state: 'failed', messageKey: 'errors.service.offline', retryable: true, code: 'network' }),
    );
    expect(status.assessment.status).toBe('none');
  });
});
