import { describe, expect, it } from 'vitest';
import { catalogs } from '@/locales/catalog';
import {
  ASSUMED_ERROR_CODES,
  DOCUMENTED_ERROR_CODES,
  ERROR_CATALOGUE,
  TRANSPORT_ERROR_KEYS,
  describeApiError,
} from '@/lib/partner-center/errors';
import { createTranslator } from '@/lib/i18n/translator';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

describe('describeApiError', () => {
  it.each([
    [{ status: 400, code: 600061 }, 'errors.attestation.duplicate', false],
    [{ status: 400, code: '600061' }, 'errors.attestation.duplicate', false],
    [{ status: 400, code: '600009' }, 'errors.attestation.rejected', false],
    [{ status: 404, code: '60003' }, 'errors.customer.notFound', false],
    [{ status: 403, code: '13605' }, 'errors.order.blockedMissingMca', false],
    [{ status: 401, code: '900421' }, 'errors.auth.mfaRequired', false],
    [{ status: 401, code: '10001' }, 'errors.auth.mfaRequired', false],
    [{ status: 401, code: '800001' }, 'errors.auth.accessDenied', false],
    [{ status: 401, code: '400' }, 'errors.auth.accessDenied', false],
    [{ status: 400, code: '900203' }, 'errors.order.offerAttestationRequired', false],
    [{ status: 400, code: '900206' }, 'errors.order.partnerAttestationMissing', false],
    [{ status: 429 }, 'errors.request.throttled', true],
    [{ status: 401 }, 'errors.auth.tokenExpired', false],
    [{ status: 401, code: 'SomethingElse' }, 'errors.auth.tokenExpired', false],
    [{ status: 403 }, 'errors.auth.roleForbidden', false],
    [{ status: 403, code: '900150' }, 'errors.auth.roleForbidden', false],
    [{ status: 403, code: '900329' }, 'errors.auth.appOnlyNotSupported', false],
    [{ status: 500 }, 'errors.service.unavailable', true],
    [{ status: 502, code: '' }, 'errors.service.unavailable', true],
    [{ status: 503, code: null }, 'errors.service.unavailable', true],
    [{ status: 504 }, 'errors.request.timeout', true],
    [{ status: 'offline' }, 'errors.service.offline', true],
    [{ status: 0 }, 'errors.service.offline', true],
    [{ status: 'unparseable' }, 'errors.service.unparseable', true],
    [{ status: 400 }, 'errors.request.invalid', false],
    [{ status: 400, code: '400' }, 'errors.request.invalid', false],
    [{ status: 410, code: ASSUMED_ERROR_CODES.legacyAttestationRetired }, 'errors.attestation.legacyApiRetired', false],
    [{ status: 403, code: ASSUMED_ERROR_CODES.indirectResellerCannotAttest }, 'errors.attestation.resellerCannotAttest', false],
    [{ status: 418, code: 'Teapot' }, 'errors.service.unknown', false],
  ] as const)('%j → %s', (input, key, retryable) => {
    expect(describeApiError(input)).toMatchObject({ key, retryable });
  });

  it('gives the unknown message what it needs to show status and code', () => {
    const description = describeApiError({ status: 418, code: 'Teapot' });
    const text = createTranslator(catalogs, 'en').render(description);
    expect(text).toContain('418');
    expect(text).toContain('Teapot');
  });
});

describe('error catalogue', () => {
  const keys = [
    ...new Set([...ERROR_CATALOGUE.map((entry) => entry.key), ...Object.values(TRANSPORT_ERROR_KEYS).map((entry) => entry.key)]),
  ];

  it.each(keys)('%s has a message in English and in French', (key) => {
    for (const locale of ['en', 'fr'] as const) {
      const message = lookup(catalogs[locale], key);
      expect(typeof message, `${locale} ${key}`).toBe('string');
      expect(String(message).trim().length).toBeGreaterThan(20);
    }
  });

  it.each([...Object.values(DOCUMENTED_ERROR_CODES), ...Object.values(ASSUMED_ERROR_CODES), '600009'])(
    'code %s is catalogued',
    (code) => {
      expect(ERROR_CATALOGUE.some((entry) => entry.code === code)).toBe(true);
    },
  );

  it('marks every code it invented as an assumption', () => {
    for (const code of Object.values(ASSUMED_ERROR_CODES)) {
      expect(ERROR_CATALOGUE.find((entry) => entry.code === code)?.basis).toBe('assumption');
    }
  });
});
