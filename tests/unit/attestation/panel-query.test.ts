import { describe, expect, it } from 'vitest';
import { parsePanelQuery } from '@/lib/attestation/panel-query';

const TENANT = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';

describe('the side panel page address', () => {
  it.each([
    ['', { attest: false }],
    ['?tabId=12', { attest: false }],
    [`?customer=${TENANT}`, { customer: TENANT, attest: false }],
    [`?customer=${TENANT.toUpperCase()}`, { customer: TENANT, attest: false }],
    [`?customer=${TENANT}&attest=1`, { customer: TENANT, attest: true }],
    [`?customer=${TENANT}&attest=yes`, { customer: TENANT, attest: false }],
    [`?customer=${TENANT}&renew=att-42`, { customer: TENANT, attest: false, renew: 'att-42' }],
    [`?customer=${TENANT}&renew=`, { customer: TENANT, attest: false }],
    [`?customer=${TENANT}&renew=${'x'.repeat(257)}`, { customer: TENANT, attest: false }],
    // Without a customer there is nothing to attest or renew for.
    ['?attest=1&renew=att-42', { attest: false }],
    ['?customer=contoso&attest=1', { attest: false }],
    ['?customer=<script>', { attest: false }],
  ])('%s → %j', (search, query) => {
    expect(parsePanelQuery(search)).toEqual(query);
  });
});
