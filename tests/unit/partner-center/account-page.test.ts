import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCustomer } from '@/lib/mca/policy';
import {
  evidenceFromAccountPage,
  readAccountAgreementSection,
  type AccountPageEvidence,
  type ProvidedState,
} from '@/lib/partner-center/account-page';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** As the sandbox renders the section: title, one `Label: Value` row per line, then its note. */
const english = (attestation: string, date: string | undefined, direct: string) =>
  [
    'Microsoft Customer Agreement',
    `Partner attestation: ${attestation}`,
    ...(date ? [`Agreement acceptance date: ${date}`] : []),
    `Customer acceptance through Microsoft: ${direct}`,
    'Attestation can now only be provided through the Partner Center API.',
  ].join('\n');

const french = (attestation: string, date: string | undefined, direct: string) =>
  [
    'Contrat client Microsoft',
    `Attestation du partenaire : ${attestation}`,
    ...(date ? [`Date d'acceptation du contrat : ${date}`] : []),
    `Acceptation du client via Microsoft : ${direct}`,
    "L'attestation ne peut désormais être fournie que par l'API de l'Espace partenaires.",
  ].join('\n');

const read = (
  language: 'en' | 'fr',
  partnerAttestation: ProvidedState,
  directAcceptance: ProvidedState,
  dateAgreed?: string,
): AccountPageEvidence => ({ language, partnerAttestation, directAcceptance, ...(dateAgreed && { dateAgreed }) });

describe('readAccountAgreementSection: English', () => {
  it.each<[string, string, AccountPageEvidence]>([
    [
      'sandbox, both provided',
      english('Provided', '8/26/2019', 'Provided'),
      read('en', 'provided', 'provided', '2019-08-26T00:00:00'),
    ],
    [
      'sandbox, attestation only',
      english('Provided', '12/1/2023', 'Not provided'),
      read('en', 'provided', 'not-provided', '2023-12-01T00:00:00'),
    ],
    ['sandbox, direct acceptance only', english('Not provided', undefined, 'Provided'), read('en', 'not-provided', 'provided')],
    ['sandbox, nothing', english('Not provided', undefined, 'Not provided'), read('en', 'not-provided', 'not-provided')],
    ['"Not Provided"', english('Not Provided', undefined, 'NOT PROVIDED'), read('en', 'not-provided', 'not-provided')],
    [
      'ISO date',
      english('Provided', '2023-04-01', 'Not provided'),
      read('en', 'provided', 'not-provided', '2023-04-01T00:00:00'),
    ],
    [
      'ISO date and time',
      english('Provided', '2023-04-01T00:00:00', 'Not provided'),
      read('en', 'provided', 'not-provided', '2023-04-01T00:00:00'),
    ],
    ['invalid date', english('Provided', '2/30/2020', 'Not provided'), read('en', 'provided', 'not-provided')],
    ['day and month swapped', english('Provided', '26/8/2019', 'Not provided'), read('en', 'provided', 'not-provided')],
    ['unknown value', english('Pending', undefined, 'Provided'), read('en', 'unknown', 'provided')],
    [
      'rows run together (textContent without separators)',
      'Microsoft Customer AgreementPartner attestation:ProvidedAgreement acceptance date:8/26/2019Customer acceptance through Microsoft:Not provided',
      read('en', 'provided', 'not-provided', '2019-08-26T00:00:00'),
    ],
    [
      'extra whitespace, tabs and non-breaking spaces',
      `\n\n   Microsoft   Customer\tAgreement\n  Partner${NBSP}attestation  :\n\n   Provided \n Agreement  acceptance date :  8/26/2019\r\n Customer acceptance\nthrough Microsoft${NBSP}:${NBSP}Provided  `,
      read('en', 'provided', 'provided', '2019-08-26T00:00:00'),
    ],
    [
      'values run into button labels',
      'Microsoft Customer Agreement Partner attestation: ProvidedEdit Customer acceptance through Microsoft: Not providedLearn more',
      read('en', 'provided', 'not-provided'),
    ],
    [
      'lower-case title as in one version of the docs, no title at all',
      'microsoft customer agreement partner attestation: provided',
      read('en', 'provided', 'unknown'),
    ],
    [
      'rows only, no title',
      'Partner attestation: Not provided\nCustomer acceptance through Microsoft: Provided',
      read('en', 'not-provided', 'provided'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(readAccountAgreementSection(text)).toEqual(expected);
  });
});

describe('readAccountAgreementSection: French', () => {
  it.each<[string, string, AccountPageEvidence]>([
    [
      'sandbox, both provided',
      french('Fournie', '26/08/2019', 'Fournie'),
      read('fr', 'provided', 'provided', '2019-08-26T00:00:00'),
    ],
    [
      'sandbox, attestation only',
      french('Fournie', '01/12/2023', 'Non fournie'),
      read('fr', 'provided', 'not-provided', '2023-12-01T00:00:00'),
    ],
    ['sandbox, nothing', french('Non fournie', undefined, 'Non fournie'), read('fr', 'not-provided', 'not-provided')],
    ['masculine', french('Fourni', '1/2/2024', 'Non fourni'), read('fr', 'provided', 'not-provided', '2024-02-01T00:00:00')],
    ['"(e)"', french('Fourni(e)', undefined, 'Non fourni(e)'), read('fr', 'provided', 'not-provided')],
    ['capitals', french('FOURNIE', undefined, 'NON FOURNIE'), read('fr', 'provided', 'not-provided')],
    ['invalid date', french('Fournie', '31/02/2020', 'Non fournie'), read('fr', 'provided', 'not-provided')],
    ['ISO date', french('Fournie', '2023-03-31', 'Non fournie'), read('fr', 'provided', 'not-provided', '2023-03-31T00:00:00')],
    [
      'a word that only starts like the value',
      french('Fournisseur indirect', undefined, 'Fournie'),
      read('fr', 'unknown', 'provided'),
    ],
    [
      'no space before the colons, typographic apostrophe',
      'Contrat client Microsoft\nAttestation du partenaire: Fournie\nDate d’acceptation du contrat: 26/08/2019\nAcceptation du client via Microsoft: Non fournie',
      read('fr', 'provided', 'not-provided', '2019-08-26T00:00:00'),
    ],
    [
      'non-breaking and narrow non-breaking spaces before the colons',
      `Contrat client Microsoft\nAttestation du partenaire${NBSP}: Fournie\nDate d’acceptation du contrat${NARROW_NBSP}:${NBSP}26/08/2019\nAcceptation du client via Microsoft${NARROW_NBSP}: Fournie`,
      read('fr', 'provided', 'provided', '2019-08-26T00:00:00'),
    ],
    [
      'rows run together',
      "Contrat client MicrosoftAttestation du partenaire :FournieDate d'acceptation du contrat :26/08/2019Acceptation du client via Microsoft :Non fournie",
      read('fr', 'provided', 'not-provided', '2019-08-26T00:00:00'),
    ],
    [
      'the wording of Microsoft’s French docs',
      "Contrat client Microsoft Attestation de partenaire : Fournie Date d'acceptation de l'accord : 05/04/2023 Acceptation du client par le biais de Microsoft : Non fournie",
      read('fr', 'provided', 'not-provided', '2023-04-05T00:00:00'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(readAccountAgreementSection(text)).toEqual(expected);
  });
});

describe('readAccountAgreementSection: anything else', () => {
  const nothing = { language: 'unknown', partnerAttestation: 'unknown', directAcceptance: 'unknown' };
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['unrelated text', 'Lorem ipsum dolor sit amet, Provided, 8/26/2019'],
    [
      'another language',
      'Microsoft-Kundenvereinbarung\nPartnerbestätigung: Bereitgestellt\nDatum der Vertragsannahme: 26.08.2019',
    ],
    ['values without labels', 'Provided\n8/26/2019\nNot provided'],
    ['English and French labels in equal number', 'Microsoft Customer Agreement Contrat client Microsoft'],
  ])('%s reads nothing', (_name, text) => {
    expect(readAccountAgreementSection(text)).toEqual(nothing);
  });

  it('never throws and never invents a date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(english('Provided', '8/26/2019', 'Provided'))),
        (text) => {
          const page = readAccountAgreementSection(text);
          expect(['en', 'fr', 'unknown']).toContain(page.language);
          if (page.dateAgreed !== undefined) expect(page.dateAgreed).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
          if (page.language === 'unknown') expect(page).toEqual(nothing);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('evidenceFromAccountPage', () => {
  it.each([
    [
      read('en', 'provided', 'not-provided', '2019-08-26T00:00:00'),
      {
        agreements: [
          {
            type: 'MicrosoftCustomerAgreement',
            dateAgreed: '2019-08-26T00:00:00',
            source: 'page',
            observedAt: '2026-02-01T10:00:00Z',
          },
        ],
        directAcceptance: false,
      },
    ],
    [read('fr', 'not-provided', 'provided'), { agreements: [], directAcceptance: true }],
    [read('en', 'provided', 'unknown'), {}],
    [read('en', 'unknown', 'not-provided'), { directAcceptance: false }],
    [{ language: 'unknown', partnerAttestation: 'unknown', directAcceptance: 'unknown' } as const, {}],
  ])('%j', (page, evidence) => {
    expect(evidenceFromAccountPage(page, '2026-02-01T10:00:00Z')).toEqual(evidence);
  });

  it.each([
    [english('Provided', '3/31/2023', 'Not provided'), 'attestation-stale', true],
    [english('Provided', '4/1/2023', 'Not provided'), 'attested', true],
    [french('Non fournie', undefined, 'Fournie'), 'direct-acceptance', true],
    [french('Non fournie', undefined, 'Non fournie'), 'none', true],
    [english('Provided', undefined, 'Not provided'), 'unknown', false],
  ])('feeds the rules: %j', (text, status, certain) => {
    const page = readAccountAgreementSection(text);
    const assessment = assessCustomer(evidenceFromAccountPage(page), new Date('2026-02-01T00:00:00Z'));
    expect(assessment.status).toBe(status);
    expect(assessment.certain).toBe(certain);
  });
});
