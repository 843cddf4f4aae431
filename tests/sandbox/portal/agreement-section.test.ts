import { describe, expect, it } from 'vitest';
import type { PortalAgreement } from './types';
import { agreementSectionContent } from './client/agreement-section-content';
import { formatCalendarDay, parseDateAgreed, summarizeAgreements } from './client/agreement-summary';
import { stringsFor } from './client/strings';

const person = { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' };
const mca = (dateAgreed: string): PortalAgreement => ({ type: 'MicrosoftCustomerAgreement', dateAgreed, ...person });
const cloud = (dateAgreed: string): PortalAgreement => ({ type: 'MicrosoftCloudAgreement', dateAgreed, ...person });

function sectionLines(agreements: PortalAgreement[], directAcceptance: boolean, language: 'en' | 'fr'): string[] {
  const content = agreementSectionContent({ agreements, directAcceptance }, stringsFor(language), language);
  return [content.title, ...content.fields.map((field) => `${field.label} ${field.value}`), content.note];
}

describe('parseDateAgreed', () => {
  it('reads the zone-less form as UTC', () => {
    expect(parseDateAgreed('2019-08-26T00:00:00')).toBe(Date.UTC(2019, 7, 26));
    expect(parseDateAgreed('2019-08-26T23:30:00')).toBe(Date.UTC(2019, 7, 26, 23, 30));
    expect(parseDateAgreed('2019-08-26')).toBe(Date.UTC(2019, 7, 26));
    expect(parseDateAgreed('2019-08-26T00:00:00Z')).toBe(Date.UTC(2019, 7, 26));
    expect(parseDateAgreed('2019-08-26T02:00:00+02:00')).toBe(Date.UTC(2019, 7, 26));
  });

  it.each(['', 'yesterday', '26/08/2019', '2019-13-45T00:00:00'])('gives undefined for %j', (text) => {
    expect(parseDateAgreed(text)).toBeUndefined();
  });
});

describe('summarizeAgreements', () => {
  it('takes the latest MCA record and ignores Microsoft Cloud Agreement records', () => {
    const summary = summarizeAgreements({
      agreements: [mca('2018-02-01T00:00:00'), cloud('2022-01-01T00:00:00'), mca('2019-08-26T00:00:00'), mca('not a date')],
      directAcceptance: false,
    });
    expect(summary).toEqual({
      partnerAttested: true,
      latestAcceptance: { year: 2019, month: 8, day: 26 },
      directAcceptance: false,
    });
  });

  it('counts only MCA records as an attestation', () => {
    expect(summarizeAgreements({ agreements: [cloud('2017-03-04T00:00:00')], directAcceptance: true })).toEqual({
      partnerAttested: false,
      latestAcceptance: undefined,
      directAcceptance: true,
    });
  });
});

describe('formatCalendarDay', () => {
  it('writes en-US M/D/YYYY and fr-FR DD/MM/YYYY', () => {
    expect(formatCalendarDay({ year: 2019, month: 8, day: 26 }, 'en')).toBe('8/26/2019');
    expect(formatCalendarDay({ year: 2024, month: 1, day: 9 }, 'en')).toBe('1/9/2024');
    expect(formatCalendarDay({ year: 2024, month: 1, day: 9 }, 'fr')).toBe('09/01/2024');
  });
});

describe('agreementSectionContent', () => {
  it('words an attested customer in English', () => {
    expect(sectionLines([mca('2019-08-26T00:00:00')], false, 'en')).toEqual([
      'Microsoft Customer Agreement',
      'Partner attestation: Provided',
      'Agreement acceptance date: 8/26/2019',
      'Customer acceptance through Microsoft: Not provided',
      'Attestation can now only be provided through the Partner Center API.',
    ]);
  });

  it('words an attested customer in French', () => {
    expect(sectionLines([mca('2019-08-26T00:00:00')], true, 'fr')).toEqual([
      'Contrat client Microsoft',
      'Attestation du partenaire : Fournie',
      "Date d'acceptation du contrat : 26/08/2019",
      'Acceptation du client via Microsoft : Fournie',
      "L'attestation ne peut désormais être fournie que par l'API de l'Espace partenaires.",
    ]);
  });

  it('has no date row without an MCA record', () => {
    expect(sectionLines([cloud('2017-03-04T00:00:00')], false, 'en')).toEqual([
      'Microsoft Customer Agreement',
      'Partner attestation: Not provided',
      'Customer acceptance through Microsoft: Not provided',
      'Attestation can now only be provided through the Partner Center API.',
    ]);
    expect(sectionLines([], true, 'fr').slice(1, 3)).toEqual([
      'Attestation du partenaire : Non fournie',
      'Acceptation du client via Microsoft : Fournie',
    ]);
  });
});
