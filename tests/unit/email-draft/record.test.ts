import { describe, expect, it } from 'vitest';
import { draftRecord } from '@/lib/email-draft/record';
import { CUSTOMER_TENANT_ID, NOW, PASSWORD, VALID_VALUES } from './fixtures';

describe('draftRecord', () => {
  it.each(['mailto', 'copy', 'eml'] as const)('records who, what, which language, how (%s) and when', (via) => {
    expect(draftRecord('accept-mca', 'fr', VALID_VALUES['accept-mca'], via, NOW)).toEqual({
      tenantId: CUSTOMER_TENANT_ID,
      companyName: 'Contoso Ltd',
      kind: 'accept-mca',
      locale: 'fr',
      via,
      at: '2026-03-10T12:00:00.000Z',
    });
  });

  it('never records the password or any other field of the email', () => {
    const record = draftRecord('new-customer', 'en', VALID_VALUES['new-customer'], 'copy', NOW);
    expect(JSON.stringify(record)).not.toContain(PASSWORD.trim());
    expect(Object.keys(record).sort()).toEqual(['at', 'companyName', 'kind', 'locale', 'tenantId', 'via']);
  });

  it('names the attestation whose acceptance link was drafted, and only for that kind', () => {
    expect(draftRecord('acceptance-link', 'fr', VALID_VALUES['acceptance-link'], 'copy', NOW, 'att-1').attestationId).toBe(
      'att-1',
    );
    expect(draftRecord('accept-mca', 'fr', VALID_VALUES['accept-mca'], 'copy', NOW, 'att-1')).not.toHaveProperty('attestationId');
  });

  it.each([
    ['no tenant id', { 'customer.tenantId': '' }, undefined],
    ['an upper-case tenant id', { 'customer.tenantId': ` ${CUSTOMER_TENANT_ID.toUpperCase()} ` }, CUSTOMER_TENANT_ID],
    ['not a tenant id', { 'customer.tenantId': 'contoso.com' }, undefined],
  ])('%s', (_, change, tenantId) => {
    expect(draftRecord('accept-mca', 'en', { ...VALID_VALUES['accept-mca'], ...change }, 'eml', NOW).tenantId).toBe(tenantId);
  });
});
