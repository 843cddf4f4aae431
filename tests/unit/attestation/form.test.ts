import { describe, expect, it } from 'vitest';
import { catalogs } from '@/locales/catalog';
import { appTranslator } from '@/lib/i18n';
import { ATTESTATION_FIELDS, validateAttestation, type AttestationInput, type FieldProblem } from '@/lib/attestation/form';
import { fieldErrorKey } from '@/lib/attestation/form-messages';

const TENANT = '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c';
const valid: AttestationInput = {
  tenantId: TENANT,
  signer: { firstName: ' Ada ', lastName: 'Lovelace', email: 'ada@example.com ' },
  companyName: 'Analytical Engines SARL',
  country: 'fr',
  language: 'fr-FR',
  expiresInMinutes: 1440,
};
const withSigner = (signer: Partial<AttestationInput['signer']>): AttestationInput => ({
  ...valid,
  signer: { ...valid.signer, ...signer },
});

describe('validateAttestation', () => {
  it('gives the request Partner Center is sent: trimmed, the country in capitals, no empty phone', () => {
    const result = validateAttestation({ ...valid, signer: { ...valid.signer, phone: '  ' } });
    expect(result).toEqual({
      ok: true,
      request: {
        customerTenantId: TENANT,
        country: 'FR',
        language: 'fr-FR',
        companyName: 'Analytical Engines SARL',
        signatoryFirstName: 'Ada',
        signatoryLastName: 'Lovelace',
        signatoryEmail: 'ada@example.com',
        expirationTimeInMinutes: 1440,
      },
    });
  });

  it('keeps an optional phone number written the usual ways', () => {
    const result = validateAttestation(withSigner({ phone: '+33 (0)1 23-45.67.89' }));
    expect(result.ok && result.request.signatoryPhoneNumber).toBe('+33 (0)1 23-45.67.89');
  });

  it.each<[string, AttestationInput, Partial<Record<(typeof ATTESTATION_FIELDS)[number], FieldProblem>>]>([
    [
      'missing names and email',
      withSigner({ firstName: ' ', lastName: '', email: '' }),
      { firstName: 'required', lastName: 'required', email: 'required' },
    ],
    ['an email without domain', withSigner({ email: 'ada@' }), { email: 'invalid' }],
    ['letters in the phone', withSigner({ phone: 'call me' }), { phone: 'invalid' }],
    ['a name too long', withSigner({ lastName: 'x'.repeat(257) }), { lastName: 'tooLong' }],
    ['no company', { ...valid, companyName: '' }, { companyName: 'required' }],
    ['a country name instead of its code', { ...valid, country: 'France' }, { country: 'invalid' }],
    ['China, where the agreement is not offered', { ...valid, country: 'CN', language: 'en-US' }, { country: 'notOffered' }],
    ['a code that names no country', { ...valid, country: 'XX', language: 'en-US' }, { country: 'notOffered' }],
    ['French in Belgium, which offers Dutch only', { ...valid, country: 'BE' }, { language: 'notOffered' }],
    ['no language', { ...valid, language: '' }, { language: 'required' }],
    ['a link lifetime beyond seven days', { ...valid, expiresInMinutes: 20_000 }, { expiresInMinutes: 'invalid' }],
    ['a tenant id that is not a GUID', { ...valid, tenantId: 'contoso' }, { tenantId: 'invalid' }],
  ])('refuses %s, field by field', (_case, input, errors) => {
    expect(validateAttestation(input)).toEqual({ ok: false, errors });
  });
});

describe('field messages', () => {
  const english = appTranslator('en');
  const french = appTranslator('fr');
  const problems: FieldProblem[] = ['required', 'invalid', 'tooLong', 'notOffered'];

  it('names every problem of every field in both languages', () => {
    for (const field of ATTESTATION_FIELDS) {
      for (const problem of problems) {
        const key = fieldErrorKey(field, problem);
        expect(english.t(key)).not.toBe(key);
        expect(french.t(key)).not.toBe(english.t(key));
      }
    }
    expect(Object.keys(catalogs.fr.attestation.form.errors)).toEqual(Object.keys(catalogs.en.attestation.form.errors));
  });

  it('says what is wrong with the field it belongs to', () => {
    expect(english.t(fieldErrorKey('email', 'invalid'))).toBe('Enter a valid email address, such as name@example.com.');
    expect(english.t(fieldErrorKey('country', 'notOffered'))).toBe(
      'The Microsoft Customer Agreement is not offered in this country.',
    );
  });
});
