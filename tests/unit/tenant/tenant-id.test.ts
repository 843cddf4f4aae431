import { describe, expect, it } from 'vitest';
import { isGuid, tenantKey } from '@/lib/tenant/tenant-id';
import { tenantIdSchema } from '@/lib/tenant/tenant-id-schema';

const LOWER = '0f6c3a52-7b1e-4d7a-9c1f-2a8e5b4d3c21';
const UPPER = '0F6C3A52-7B1E-4D7A-9C1F-2A8E5B4D3C21';

describe('isGuid', () => {
  it.each([
    ['lower case', LOWER, true],
    ['upper case, as Partner Center may write it', UPPER, true],
    ['mixed case', '0f6C3a52-7B1e-4d7A-9c1F-2a8E5b4D3c21', true],
    ['braces', `{${LOWER}}`, false],
    ['surrounding spaces', ` ${LOWER} `, false],
    ['no hyphens', LOWER.replaceAll('-', ''), false],
    ['a letter past f', LOWER.replace('f', 'g'), false],
    ['one digit short', LOWER.slice(1), false],
    ['a domain', 'contoso.onmicrosoft.com', false],
    ['nothing', '', false],
  ])('%s', (_label, value, expected) => {
    expect(isGuid(value)).toBe(expected);
  });
});

describe('tenantKey', () => {
  it('writes a tenant id as the records keep it, in lower case', () => {
    expect(tenantKey(UPPER)).toBe(LOWER);
    expect(tenantKey(LOWER)).toBe(LOWER);
  });
});

describe('tenantIdSchema', () => {
  it.each([
    ['lower case', LOWER, LOWER],
    ['upper case, given on as the records keep it', UPPER, LOWER],
  ])('accepts %s', (_label, value, expected) => {
    expect(tenantIdSchema.parse(value)).toBe(expected);
  });

  it.each([
    ['not a GUID', 'contoso'],
    ['surrounding spaces', ` ${LOWER}`],
    ['a number', 42],
    ['nothing', undefined],
  ])('refuses %s', (_label, value) => {
    expect(tenantIdSchema.safeParse(value).success).toBe(false);
  });
});
