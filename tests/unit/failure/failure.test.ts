import { describe, expect, it } from 'vitest';
import { AuthError } from '@/lib/auth/errors';
import { PartnerCenterError } from '@/lib/partner-center/client-error';
import { describeFailure, failureSchema } from '@/lib/failure/failure';
import { isAppMessageKey } from '@/lib/i18n/message-key';

describe('describeFailure', () => {
  it.each([
    [
      'a Partner Center error',
      new PartnerCenterError({
        status: 404,
        code: '60003',
        description: 'Tenant not found',
        retryable: false,
        messageKey: 'errors.customer.notFound',
        requestId: 'r',
        correlationId: 'c',
      }),
      false,
      '60003',
    ],
    ['an MFA refusal', new AuthError('mfa-required'), false, 'mfa-required'],
    ['a network failure at sign-in', new AuthError('network'), true, 'network'],
    ['anything else', new TypeError('x'), true, 'TypeError'],
  ])('%s', (_label, error, retryable, code) => {
    const failure = describeFailure(error);
    expect(failure.retryable).toBe(retryable);
    expect(failure.code ?? failure.params?.code).toBe(code);
    expect(isAppMessageKey(failure.messageKey)).toBe(true);
  });
});

describe('failureSchema', () => {
  it.each([
    ['a failure in the catalogue', { messageKey: 'auth.errors.network', retryable: true }, true],
    [
      'with its parameters and code',
      { messageKey: 'errors.service.unknown', params: { status: 500, code: 'x' }, retryable: true, code: 'x' },
      true,
    ],
    ['a key the catalogue lacks', { messageKey: 'auth.errors.nothingLikeThis', retryable: true }, false],
    ['a namespace rather than a message', { messageKey: 'auth.errors', retryable: true }, false],
    ['a key that is not text', { messageKey: 42, retryable: true }, false],
    ['no word on trying again', { messageKey: 'auth.errors.network' }, false],
    [
      'a parameter that is neither text nor number',
      { messageKey: 'auth.errors.network', params: { at: {} }, retryable: true },
      false,
    ],
  ])('%s', (_label, value, accepted) => {
    expect(failureSchema.safeParse(value).success).toBe(accepted);
  });
});
