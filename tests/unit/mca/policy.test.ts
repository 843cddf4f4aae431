import { describe, expect, it } from 'vitest';
import { assessCustomer } from '@/lib/mca/policy';
import {
  BLOCKABLE_ACTIONS,
  type AgreementRecord,
  type Assessment,
  type CustomerEvidence,
  type McaStatus,
  type PartnerRole,
} from '@/lib/mca/types';
import { catalogs } from '@/locales/catalog';
import { expectRenderable } from './catalog-messages';

const mca = (dateAgreed: string): AgreementRecord => ({ type: 'MicrosoftCustomerAgreement', dateAgreed });
const cloud = (dateAgreed: string): AgreementRecord => ({ type: 'MicrosoftCloudAgreement', dateAgreed });
const at = (iso: string) => new Date(iso);

const NOW = at('2026-03-01T12:00:00Z');
const ALL_BLOCKED = [...BLOCKABLE_ACTIONS];
const keys = (messages: { key: string }[]) => messages.map((message) => message.key);
const stepKeys = (assessment: Assessment) => assessment.nextSteps.map((step) => `${step.action}:${step.message.key}`);

/** Every assessment made in this file, to check afterwards that each of its messages can be rendered. */
const assessed: Assessment[] = [];
function assess(evidence: CustomerEvidence, now: Date = NOW): Assessment {
  const assessment = assessCustomer(evidence, now);
  assessed.push(assessment);
  return assessment;
}

describe('the latest attestation date decides, to the second', () => {
  it.each<[string, McaStatus, string]>([
    ['2023-03-31T23:59:59', 'attestation-stale', '2023-03-31T23:59:59Z'],
    ['2023-04-01T00:00:00', 'attested', '2023-04-01T00:00:00Z'],
    ['2023-03-31T23:59:59Z', 'attestation-stale', '2023-03-31T23:59:59Z'],
    ['2023-04-01T00:00:00Z', 'attested', '2023-04-01T00:00:00Z'],
    ['2023-03-31T23:59:59.999', 'attestation-stale', '2023-03-31T23:59:59.999Z'],
    ['2023-04-01T01:59:59+02:00', 'attestation-stale', '2023-03-31T23:59:59Z'],
    ['2023-04-01T02:00:00+02:00', 'attested', '2023-04-01T00:00:00Z'],
    ['2023-03-31T19:59:59-04:00', 'attestation-stale', '2023-03-31T23:59:59Z'],
    ['2023-03-31T20:00:00-04:00', 'attested', '2023-04-01T00:00:00Z'],
    ['2019-08-26T00:00:00', 'attestation-stale', '2019-08-26T00:00:00Z'],
    ['2025-11-20T00:00:00', 'attested', '2025-11-20T00:00:00Z'],
  ])('dateAgreed %s gives %s', (dateAgreed, status, since) => {
    const assessment = assess({ agreements: [mca(dateAgreed)], directAcceptance: false, partnerRole: 'direct-bill' });
    expect(assessment.status).toBe(status);
    expect(assessment.certain).toBe(true);
    expect(assessment.latestAgreement).toEqual(mca(dateAgreed));
    expect(assessment.since).toBe(since);
  });

  it('a current attestation blocks nothing and needs nothing, whatever is known of direct acceptance', () => {
    for (const directAcceptance of [false, undefined]) {
      const assessment = assess({ agreements: [mca('2024-01-15T00:00:00')], directAcceptance });
      expect(assessment).toMatchObject({
        status: 'attested',
        blockedActions: [],
        canAttest: false,
        nextSteps: [],
        certain: true,
      });
      expect(assessment.blockStartsAt).toBeUndefined();
      expect(keys(assessment.reasons)).toEqual(['mca.reason.attestationCurrent']);
      expect(assessment.reasons[0]?.params).toEqual({ date: '2024-01-15T00:00:00Z', cutoff: '2023-04-01T00:00:00Z' });
    }
  });
});

describe('a stale attestation is blocked from 2025-10-07T00:00:00Z', () => {
  it.each<[string, boolean, string]>([
    ['2025-10-06T23:59:59Z', false, 'mca.reason.blockComing'],
    ['2025-10-06T23:59:59.999Z', false, 'mca.reason.blockComing'],
    ['2025-10-07T00:00:00Z', true, 'mca.reason.blockActive'],
    ['2025-10-07T00:00:01Z', true, 'mca.reason.blockActive'],
    ['2024-06-01T00:00:00Z', false, 'mca.reason.blockComing'],
  ])('now %s: blocked %s', (now, blocked, reason) => {
    const assessment = assess(
      { agreements: [mca('2020-05-04T00:00:00')], directAcceptance: false, partnerRole: 'direct-bill' },
      at(now),
    );
    expect(assessment.status).toBe('attestation-stale');
    expect(assessment.blockedActions).toEqual(blocked ? ALL_BLOCKED : []);
    expect(assessment.blockStartsAt).toBe('2025-10-07T00:00:00Z');
    expect(assessment.reasons).toContainEqual({ key: reason, params: { date: '2025-10-07T00:00:00Z' } });
    expect(assessment.canAttest).toBe(true);
    expect(assessment.certain).toBe(true);
  });
});

describe('attestation moves to the API only on 2026-01-05T00:00:00Z', () => {
  it.each<[string, string[], string, string]>([
    [
      '2026-01-04T23:59:59Z',
      ['partner-center', 'api'],
      'mca.nextStep.attestInPartnerCenterOrApi',
      'mca.reason.attestationApiOnlySoon',
    ],
    ['2026-01-05T00:00:00Z', ['api'], 'mca.nextStep.attestThroughApi', 'mca.reason.attestationApiOnly'],
    [
      '2025-10-01T00:00:00Z',
      ['partner-center', 'api'],
      'mca.nextStep.attestInPartnerCenterOrApi',
      'mca.reason.attestationApiOnlySoon',
    ],
    ['2027-01-01T00:00:00Z', ['api'], 'mca.nextStep.attestThroughApi', 'mca.reason.attestationApiOnly'],
  ])('now %s: attest through %j', (now, channels, stepKey, reasonKey) => {
    const assessment = assess(
      { agreements: [mca('2021-01-01T00:00:00')], directAcceptance: false, partnerRole: 'indirect-provider' },
      at(now),
    );
    const attest = assessment.nextSteps.find((step) => step.action === 'attest');
    expect(attest).toMatchObject({ channels, message: { key: stepKey } });
    expect(assessment.reasons).toContainEqual({ key: reasonKey, params: { date: '2026-01-05T00:00:00Z' } });
  });
});

describe('only a Microsoft Cloud Agreement', () => {
  it.each<[string, boolean]>([
    ['2020-01-31T23:59:59Z', false],
    ['2020-02-01T00:00:00Z', true],
    ['2026-03-01T00:00:00Z', true],
  ])('now %s: blocked %s (superseded on 2020-02-01)', (now, blocked) => {
    const assessment = assess(
      { agreements: [cloud('2018-11-02T00:00:00'), cloud('2019-03-01T00:00:00')], directAcceptance: false },
      at(now),
    );
    expect(assessment.status).toBe('cloud-agreement-only');
    expect(assessment.blockedActions).toEqual(blocked ? ALL_BLOCKED : []);
    expect(assessment.blockStartsAt).toBe('2020-02-01T00:00:00Z');
    expect(assessment.latestAgreement).toEqual(cloud('2019-03-01T00:00:00'));
    expect(assessment.since).toBe('2019-03-01T00:00:00Z');
    expect(assessment.reasons[0]).toEqual({
      key: 'mca.reason.cloudAgreementOnly',
      params: { date: '2019-03-01T00:00:00Z', retiredAt: '2020-02-01T00:00:00Z' },
    });
  });
});

describe('several agreements: the latest Microsoft Customer Agreement decides', () => {
  it.each<[string, AgreementRecord[], McaStatus, string | undefined]>([
    [
      'latest current, unsorted',
      [mca('2019-08-26T00:00:00'), mca('2024-02-01T00:00:00'), mca('2021-05-05T00:00:00')],
      'attested',
      '2024-02-01T00:00:00Z',
    ],
    [
      'latest stale, unsorted',
      [mca('2022-12-31T00:00:00'), mca('2019-08-26T00:00:00'), mca('2023-03-31T23:59:59')],
      'attestation-stale',
      '2023-03-31T23:59:59Z',
    ],
    [
      'stale MCA, later cloud agreement',
      [cloud('2024-01-01T00:00:00'), mca('2020-03-01T00:00:00')],
      'attestation-stale',
      '2020-03-01T00:00:00Z',
    ],
    [
      'current MCA among cloud agreements',
      [cloud('2019-01-01T00:00:00'), mca('2023-04-01T00:00:00'), cloud('2018-01-01T00:00:00')],
      'attested',
      '2023-04-01T00:00:00Z',
    ],
    [
      'cloud agreements only',
      [cloud('2019-01-01T00:00:00'), cloud('2018-01-01T00:00:00')],
      'cloud-agreement-only',
      '2019-01-01T00:00:00Z',
    ],
    ['none', [], 'none', undefined],
  ])('%s', (_name, agreements, status, since) => {
    const assessment = assess({ agreements, directAcceptance: false, partnerRole: 'direct-bill' });
    expect(assessment.status).toBe(status);
    expect(assessment.since).toBe(since);
    expect(assessment.certain).toBe(true);
  });

  it('does not depend on the order of the records', () => {
    const records = [
      mca('2021-01-01T00:00:00'),
      cloud('2019-01-01T00:00:00'),
      mca('2023-06-01T00:00:00'),
      mca('2020-01-01T00:00:00'),
    ];
    const forwards = assess({ agreements: records, directAcceptance: false });
    const backwards = assess({ agreements: [...records].reverse(), directAcceptance: false });
    expect(backwards).toEqual(forwards);
  });
});

describe('direct acceptance', () => {
  it.each<[string, AgreementRecord[] | undefined]>([
    ['no agreements known', undefined],
    ['no agreements', []],
    ['a stale attestation', [mca('2019-08-26T00:00:00')]],
    ['a current attestation', [mca('2024-08-26T00:00:00')]],
    ['a cloud agreement only', [cloud('2019-08-26T00:00:00')]],
  ])('wins over %s', (_name, agreements) => {
    const assessment = assess({ agreements, directAcceptance: true, partnerRole: 'direct-bill' }, at('2026-02-01T00:00:00Z'));
    expect(assessment).toMatchObject({
      status: 'direct-acceptance',
      blockedActions: [],
      canAttest: false,
      nextSteps: [],
      certain: true,
    });
    expect(assessment.since).toBeUndefined();
    expect(keys(assessment.reasons)).toEqual(['mca.reason.directAcceptance']);
  });
});

describe('missing evidence', () => {
  it.each<[string, CustomerEvidence, McaStatus, boolean, string[], string[]]>([
    ['nothing known', {}, 'unknown', false, ['mca.reason.noEvidence'], ['refresh:mca.nextStep.checkAll']],
    [
      'no direct acceptance, agreements unknown',
      { directAcceptance: false },
      'unknown',
      false,
      ['mca.reason.noDirectAcceptance', 'mca.reason.agreementsUnknown'],
      ['refresh:mca.nextStep.checkAgreements'],
    ],
    [
      'stale attestation, direct acceptance unknown',
      { agreements: [mca('2019-08-26T00:00:00')], partnerRole: 'direct-bill' },
      'attestation-stale',
      false,
      [
        'mca.reason.attestationStale',
        'mca.reason.directAcceptanceUnknown',
        'mca.reason.blockActive',
        'mca.reason.attestationApiOnly',
      ],
      [
        'refresh:mca.nextStep.checkDirectAcceptance',
        'invite-accept:mca.nextStep.inviteAccept',
        'attest:mca.nextStep.attestThroughApi',
      ],
    ],
    [
      'no agreement, direct acceptance unknown',
      { agreements: [], partnerRole: 'direct-bill' },
      'none',
      false,
      [
        'mca.reason.noAgreement',
        'mca.reason.directAcceptanceUnknown',
        'mca.reason.blockUntilAccepted',
        'mca.reason.attestationApiOnly',
      ],
      [
        'refresh:mca.nextStep.checkDirectAcceptance',
        'invite-accept:mca.nextStep.inviteAccept',
        'attest:mca.nextStep.attestThroughApi',
      ],
    ],
    [
      'cloud agreement only, direct acceptance unknown',
      { agreements: [cloud('2019-01-01T00:00:00')], partnerRole: 'direct-bill' },
      'cloud-agreement-only',
      false,
      [
        'mca.reason.cloudAgreementOnly',
        'mca.reason.directAcceptanceUnknown',
        'mca.reason.blockActive',
        'mca.reason.attestationApiOnly',
      ],
      [
        'refresh:mca.nextStep.checkDirectAcceptance',
        'invite-accept:mca.nextStep.inviteAccept',
        'attest:mca.nextStep.attestThroughApi',
      ],
    ],
    [
      'no agreement, no direct acceptance',
      { agreements: [], directAcceptance: false, partnerRole: 'direct-bill' },
      'none',
      true,
      [
        'mca.reason.noAgreement',
        'mca.reason.noDirectAcceptance',
        'mca.reason.blockUntilAccepted',
        'mca.reason.attestationApiOnly',
      ],
      ['invite-accept:mca.nextStep.inviteAccept', 'attest:mca.nextStep.attestThroughApi'],
    ],
  ])('%s', (_name, evidence, status, certain, reasons, steps) => {
    const assessment = assess(evidence);
    expect(assessment.status).toBe(status);
    expect(assessment.certain).toBe(certain);
    expect(keys(assessment.reasons)).toEqual(reasons);
    expect(stepKeys(assessment)).toEqual(steps);
  });

  it('claims nothing blocked while the status is unknown', () => {
    for (const evidence of [{}, { directAcceptance: false }, { partnerRole: 'direct-bill' as const }]) {
      const assessment = assess(evidence);
      expect(assessment).toMatchObject({ status: 'unknown', blockedActions: [], canAttest: false, certain: false });
      expect(assessment.blockStartsAt).toBeUndefined();
    }
  });

  it('a block on a customer without any agreement has no start date', () => {
    const assessment = assess({ agreements: [], directAcceptance: false });
    expect(assessment.blockedActions).toEqual(ALL_BLOCKED);
    expect(assessment.blockStartsAt).toBeUndefined();
  });
});

describe('agreements that cannot be dated are ignored', () => {
  it.each(['', 'not a date', '2023-02-30T00:00:00', '26/08/2019'])('unreadable %j', (dateAgreed) => {
    const alone = assess({ agreements: [mca(dateAgreed)], directAcceptance: false, partnerRole: 'direct-bill' });
    expect(alone.status).toBe('none');
    expect(alone.certain).toBe(false);
    expect(alone.reasons).toContainEqual({ key: 'mca.reason.agreementDateUnreadable', params: { value: dateAgreed } });
    expect(keys(alone.reasons)).toContain('mca.reason.ignoredAgreementsMayMatter');
    expect(stepKeys(alone)).toContain('refresh:mca.nextStep.checkAgreementRecords');

    const withCurrent = assess({ agreements: [mca(dateAgreed), mca('2024-01-01T00:00:00')], directAcceptance: false });
    expect(withCurrent).toMatchObject({ status: 'attested', certain: true });
    expect(keys(withCurrent.reasons)).toEqual(['mca.reason.attestationCurrent', 'mca.reason.agreementDateUnreadable']);
  });

  it.each<[string, string, boolean]>([
    ['2023-03-01T12:00:00Z', '2023-03-01T12:00:01', true],
    ['2023-03-01T12:00:00Z', '2023-03-01T12:00:00', false],
    ['2023-03-01T12:00:00Z', '2024-01-01T00:00:00', true],
  ])('now %s, dateAgreed %s: ignored as future %s', (now, dateAgreed, ignored) => {
    const assessment = assess({ agreements: [mca('2020-01-01T00:00:00'), mca(dateAgreed)], directAcceptance: false }, at(now));
    expect(assessment.status).toBe('attestation-stale');
    expect(assessment.since).toBe(ignored ? '2020-01-01T00:00:00Z' : '2023-03-01T12:00:00Z');
    expect(assessment.certain).toBe(!ignored);
    expect(keys(assessment.reasons).includes('mca.reason.agreementDateInFuture')).toBe(ignored);
  });

  it('says which future date it ignored', () => {
    const assessment = assess({ agreements: [mca('2030-01-01T00:00:00')], directAcceptance: false });
    expect(assessment.reasons).toContainEqual({
      key: 'mca.reason.agreementDateInFuture',
      params: { date: '2030-01-01T00:00:00Z' },
    });
  });
});

describe('partner roles', () => {
  const stale = [mca('2019-08-26T00:00:00')];
  it.each<[PartnerRole | undefined, boolean, string[]]>([
    ['direct-bill', true, ['invite-accept', 'attest']],
    ['indirect-provider', true, ['invite-accept', 'attest']],
    ['indirect-reseller', false, ['invite-accept', 'ask-provider']],
    [undefined, true, ['invite-accept', 'attest', 'ask-provider']],
  ])('%s: canAttest %s', (partnerRole, canAttest, actions) => {
    const assessment = assess({ agreements: stale, directAcceptance: false, ...(partnerRole && { partnerRole }) });
    expect(assessment.canAttest).toBe(canAttest);
    expect(assessment.nextSteps.map((step) => step.action)).toEqual(actions);
    expect(assessment.nextSteps[0]).toMatchObject({ action: 'invite-accept', invitation: 'accept-mca' });
  });

  it('tells an indirect reseller to ask its provider', () => {
    const assessment = assess({ agreements: [], directAcceptance: false, partnerRole: 'indirect-reseller' });
    expect(keys(assessment.reasons)).toContain('mca.reason.resellerCannotAttest');
    expect(keys(assessment.reasons)).not.toContain('mca.reason.attestationApiOnly');
    expect(stepKeys(assessment)).toContain('ask-provider:mca.nextStep.askProvider');
  });

  it.each<PartnerRole>(['direct-bill', 'indirect-provider', 'indirect-reseller'])(
    '%s: nothing to attest when accepted',
    (partnerRole) => {
      expect(assess({ directAcceptance: true, partnerRole }).canAttest).toBe(false);
      expect(assess({ agreements: [mca('2024-01-01T00:00:00')], partnerRole }).canAttest).toBe(false);
      expect(assess({ partnerRole }).canAttest).toBe(false);
    },
  );
});

describe('messages', () => {
  it('every message emitted above exists in every catalogue, with its placeholders filled', () => {
    const messages = assessed.flatMap((assessment) => [
      ...assessment.reasons,
      ...assessment.nextSteps.map((step) => step.message),
    ]);
    expect(messages.length).toBeGreaterThan(100);
    for (const message of messages) expectRenderable(message);
  });

  it('uses every key of the reason and next-step namespaces', () => {
    const emitted = new Set(
      assessed.flatMap((assessment) => [...keys(assessment.reasons), ...assessment.nextSteps.map((step) => step.message.key)]),
    );
    const catalogued = (namespace: string, tree: Record<string, string>) =>
      Object.keys(tree).map((key) => `mca.${namespace}.${key}`);
    for (const key of [...catalogued('reason', catalogs.en.mca.reason), ...catalogued('nextStep', catalogs.en.mca.nextStep)]) {
      expect(emitted, key).toContain(key);
    }
  });
});
