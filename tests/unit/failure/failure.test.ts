import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../lib/auth/errors';
import { PartnerCenterError } from '../../../lib/partner-center/client-error';
import { describeFailure } from '../../../lib/failure/failure';
import { catalogs } from '../../../locales/catalog';

const exists = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs.en);

describe('describeFailure', () => {
  it.each([
    ['a Partner Center error', new PartnerCenterError({ status: 404, code: '60003', description: 'Tenant not found', retryable: false, messageKey: 'errors.customer.notFound', requestId: 'r', correlationId: 'c' }), false, '60003'],
    ['an MFA refusal', new AuthError('mfa-required'), false, 'mfa-required'],
    ['a network failure at sign-in', new AuthError('network'), true, 'network'],
    ['anything else', new TypeError('x'), true, 'TypeError'],
  ])('%s', (_label, error, retryable, code) => {
    const failure = describeFailure(error);
    expect(failure.retryable).toBe(retryable);
    expect(failure.code ?? failure.params?.code).toBe(code);
    expect(typeof exists(failure.messageKey)).toBe('string');
  });
});
