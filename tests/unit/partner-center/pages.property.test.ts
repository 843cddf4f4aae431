import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/partner-center/pages';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const randomCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join(''));

/** A Partner Center path to a customer page, in any case, with or without locale, section, query and hash. */
const customerPath = fc
  .record({
    locale: fc.option(fc.constantFrom('en-us', 'fr-fr', 'de-de', 'zh-hant-tw', 'FR-fr'), { nil: undefined }),
    version: fc.constantFrom('v2', 'commerce2', 'V2', 'Commerce2'),
    tenantId: fc.uuid().chain(randomCase),
    section: fc.option(fc.stringMatching(/^[a-zA-Z]{1,20}$/), { nil: undefined }),
    trailingSlash: fc.boolean(),
    query: fc.option(fc.webQueryParameters(), { nil: undefined }),
    hash: fc.option(fc.webFragments(), { nil: undefined }),
  })
  .map(({ locale, version, tenantId, section, trailingSlash, query, hash }) => ({
    tenantId,
    path:
      `${locale ? `/${locale}` : ''}/dashboard/${version}/customers/${tenantId}${section ? `/${section}` : ''}${trailingSlash ? '/' : ''}` +
      `${query !== undefined ? `?${query}` : ''}${hash !== undefined ? `#${hash}` : ''}`,
  }));

describe('detectPage properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'grapheme' })),
        (url) => {
          expect(() => detectPage(url, { origins: ['http://127.0.0.1:4010', 'garbage'] })).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives null for any host but partner.microsoft.com, even on a Partner Center path', () => {
    fc.assert(
      fc.property(fc.domain(), fc.constantFrom('https', 'http'), customerPath, (host, scheme, { path }) => {
        fc.pre(host !== 'partner.microsoft.com');
        expect(detectPage(`${scheme}://${host}${path}`)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the tenant id of any customer page as a lower-case GUID', () => {
    fc.assert(
      fc.property(customerPath, ({ tenantId, path }) => {
        const page = detectPage(`https://partner.microsoft.com${path}`);
        expect(page?.kind).toBe('customer');
        expect(page?.customerId).toMatch(GUID);
        expect(page?.customerId).toBe(tenantId.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it('returns only lower-case GUIDs, sections and locales', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const page = detectPage(url.replace(/^https?:\/\/[^/]+/, 'https://partner.microsoft.com'));
        if (page?.customerId !== undefined) expect(page.customerId).toMatch(GUID);
        for (const value of [page?.section, page?.locale]) if (value !== undefined) expect(value).toBe(value.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});
