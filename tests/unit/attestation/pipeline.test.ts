import { describe, expect, it } from 'vitest';
import {
  agreementAt,
  attestationQueue,
  buildPipeline,
  EXPIRING_SOON_MS,
  groupOf,
  isExpiringSoon,
  isRecentAgreement,
  PIPELINE_CSV_COLUMNS,
  pipelineCounts,
  pipelineCsvCells,
  pipelineCsvRow,
  pipelineRow,
  pipelineRows,
  queueStep,
  RECENT_AGREEMENT_MS,
  timeLeftMs,
  type PipelineAction,
  type PipelineGroup,
  type QueueCustomer,
} from '@/lib/attestation/pipeline';
import type { McaStatus } from '@/lib/mca/types';
import { csvFile } from '@/lib/records/export-csv';
import type { TrackedAttestation, TrackedAttestationState } from '@/lib/records/types';
import { tracked } from './tracked-fixture';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ids = (rows: { attestation: TrackedAttestation }[]) => rows.map((row) => row.attestation.attestationId);

describe('the windows', () => {
  it('are a day for links expiring soon and thirty days for agreements', () => {
    expect(EXPIRING_SOON_MS).toBe(DAY);
    expect(RECENT_AGREEMENT_MS).toBe(30 * DAY);
  });
});

describe('groupOf: a link still waiting after its expiry is shown expired', () => {
  it.each<[string, TrackedAttestationState, number, PipelineGroup]>([
    ['link sent, a millisecond left', 'link-sent', 1, 'link-sent'],
    ['link sent, at its expiry', 'link-sent', 0, 'expired'],
    ['link sent, a millisecond past', 'link-sent', -1, 'expired'],
    ['accepted, past the expiry (its agreement can still be made)', 'accepted', -DAY, 'accepted'],
    ['agreement created, past the expiry', 'agreement-created', -DAY, 'agreement-created'],
    ['expired', 'expired', DAY, 'expired'],
    ['failed', 'failed', DAY, 'failed'],
  ])('%s', (_, state, left, group) => {
    expect(groupOf(tracked({ state, linkExpiresAt: at(left) }), NOW)).toBe(group);
  });

  it("reads Partner Center's zone-less expiry as UTC", () => {
    expect(groupOf(tracked({ linkExpiresAt: '2026-12-07T12:00:01' }), NOW)).toBe('link-sent');
    expect(groupOf(tracked({ linkExpiresAt: '2026-12-07T12:00:00' }), NOW)).toBe('expired');
  });

  it('keeps a link whose expiry cannot be read as sent', () => {
    expect(groupOf(tracked({ linkExpiresAt: 'soon' }), NOW)).toBe('link-sent');
    expect(timeLeftMs(tracked({ linkExpiresAt: 'soon' }), NOW)).toBeNaN();
  });
});

describe('isExpiringSoon: within 24 hours, the boundary included', () => {
  it.each<[string, number, boolean]>([
    ['a millisecond left', 1, true],
    ['an hour left', HOUR, true],
    ['exactly 24 hours left', DAY, true],
    ['24 hours and a millisecond left', DAY + 1, false],
    ['a week left', 7 * DAY, false],
    ['at the expiry', 0, false],
    ['past the expiry', -HOUR, false],
  ])('%s', (_, left, soon) => {
    const attestation = tracked({ linkExpiresAt: at(left) });
    expect(timeLeftMs(attestation, NOW)).toBe(left);
    expect(isExpiringSoon(attestation, NOW)).toBe(soon);
  });

  it('is said only of links waiting for the signer', () => {
    const soon = at(HOUR);
    expect(pipelineRow(tracked({ linkExpiresAt: soon }), NOW).expiringSoon).toBe(true);
    expect(pipelineRow(tracked({ state: 'accepted', linkExpiresAt: soon }), NOW).expiringSoon).toBe(false);
    expect(pipelineRow(tracked({ state: 'agreement-created', linkExpiresAt: soon }), NOW).expiringSoon).toBe(false);
    expect(pipelineRow(tracked({ state: 'failed', linkExpiresAt: soon }), NOW).expiringSoon).toBe(false);
    expect(pipelineRow(tracked({ state: 'expired', linkExpiresAt: soon }), NOW).expiringSoon).toBe(false);
  });
});

describe('isRecentAgreement: the last 30 days, the boundary included', () => {
  it.each<[string, number, boolean]>([
    ['made just now', 0, true],
    ['made 29 days ago', -29 * DAY, true],
    ['made exactly 30 days ago', -30 * DAY, true],
    ['made 30 days and a millisecond ago', -30 * DAY - 1, false],
    ['made 90 days ago', -90 * DAY, false],
    ['dated in the future (another clock)', HOUR, true],
  ])('%s', (_, offset, recent) => {
    expect(isRecentAgreement(tracked({ state: 'agreement-created', agreementCreatedAt: at(offset) }), NOW)).toBe(recent);
  });

  it.each<[string, Partial<TrackedAttestation>, string]>([
    ['the agreement', { agreementCreatedAt: '2026-12-05T00:00:00', acceptedAt: '2026-12-04T00:00:00.000Z' }, '2026-12-05'],
    ['else the acceptance', { acceptedAt: '2026-12-04T00:00:00.000Z' }, '2026-12-04'],
    ['else the creation', { createdAt: '2026-12-03T00:00:00.000Z' }, '2026-12-03'],
    ['the creation when the others cannot be read', { agreementCreatedAt: '', acceptedAt: 'x' }, '2026-12-07'],
  ])('dates the agreement by %s', (_, fields, day) => {
    expect(new Date(agreementAt(tracked({ state: 'agreement-created', ...fields }))).toISOString().slice(0, 10)).toBe(day);
  });
});

describe('the actions that fit each state', () => {
  it.each<[TrackedAttestationState, number, PipelineAction[]]>([
    ['link-sent', DAY, ['email-link', 'check']],
    ['link-sent', -1, ['renew']],
    ['accepted', DAY, ['complete', 'check']],
    ['accepted', -DAY, ['complete', 'check']],
    ['agreement-created', DAY, []],
    ['expired', -DAY, ['renew']],
    ['failed', DAY, ['renew']],
  ])('%s, %d ms left → %j', (state, left, actions) => {
    expect(pipelineRow(tracked({ state, linkExpiresAt: at(left) }), NOW).actions).toEqual(actions);
  });
});

describe('buildPipeline', () => {
  const book = [
    tracked({ attestationId: 'week', linkExpiresAt: at(7 * DAY) }),
    tracked({ attestationId: 'hour', linkExpiresAt: at(HOUR) }),
    tracked({ attestationId: 'day', linkExpiresAt: at(DAY) }),
    tracked({ attestationId: 'two-days', linkExpiresAt: at(2 * DAY) }),
    tracked({ attestationId: 'lapsed', linkExpiresAt: at(-HOUR) }),
    tracked({ attestationId: 'accepted-before', state: 'accepted', acceptedAt: at(-2 * DAY), linkExpiresAt: at(2 * HOUR) }),
    tracked({ attestationId: 'accepted-lately', state: 'accepted', acceptedAt: at(-HOUR), linkExpiresAt: at(3 * DAY) }),
    tracked({ attestationId: 'agreed-old', state: 'agreement-created', agreementCreatedAt: at(-31 * DAY) }),
    tracked({ attestationId: 'agreed-edge', state: 'agreement-created', agreementCreatedAt: at(-30 * DAY) }),
    tracked({ attestationId: 'agreed-new', state: 'agreement-created', agreementCreatedAt: at(-DAY) }),
    tracked({ attestationId: 'expired-long-ago', state: 'expired', linkExpiresAt: at(-10 * DAY) }),
    tracked({ attestationId: 'expired-lately', state: 'expired', linkExpiresAt: at(-2 * DAY) }),
    tracked({ attestationId: 'failed-old', state: 'failed', createdAt: at(-5 * DAY), failureCode: '600061' }),
    tracked({ attestationId: 'failed-new', state: 'failed', createdAt: at(-1 * DAY) }),
  ];
  const pipeline = buildPipeline(book, NOW);

  it.each<[PipelineGroup, string[]]>([
    // Those expiring within the day first, then by expiry.
    ['link-sent', ['hour', 'day', 'two-days', 'week']],
    // Newest acceptance first, whatever the expiry.
    ['accepted', ['accepted-lately', 'accepted-before']],
    // The 31-day-old agreement is done with.
    ['agreement-created', ['agreed-new', 'agreed-edge']],
    // The link past its expiry joins the expired, newest first.
    ['expired', ['lapsed', 'expired-lately', 'expired-long-ago']],
    ['failed', ['failed-new', 'failed-old']],
  ])('%s: %j', (group, expected) => {
    expect(ids(pipeline[group])).toEqual(expected);
    expect(pipeline[group].every((row) => row.group === group)).toBe(true);
  });

  it('counts what it lists', () => {
    expect(pipelineCounts(pipeline)).toEqual({
      'link-sent': 4,
      accepted: 2,
      'agreement-created': 2,
      expired: 3,
      failed: 2,
    });
  });

  it('flags the links expiring within the day', () => {
    expect(pipeline['link-sent'].map((row) => row.expiringSoon)).toEqual([true, true, false, false]);
  });

  it('lists the groups in the section order', () => {
    expect(ids(pipelineRows(pipeline))).toEqual([
      'hour',
      'day',
      'two-days',
      'week',
      'accepted-lately',
      'accepted-before',
      'agreed-new',
      'agreed-edge',
      'lapsed',
      'expired-lately',
      'expired-long-ago',
      'failed-new',
      'failed-old',
    ]);
  });

  it('orders the same expiry by attestation id, and an unreadable expiry last', () => {
    const same = at(HOUR);
    const rows = buildPipeline(
      [
        tracked({ attestationId: 'b', linkExpiresAt: same }),
        tracked({ attestationId: 'unreadable', linkExpiresAt: 'soon' }),
        tracked({ attestationId: 'a', linkExpiresAt: same }),
      ],
      NOW,
    );
    expect(ids(rows['link-sent'])).toEqual(['a', 'b', 'unreadable']);
  });

  it('is empty for no attestation', () => {
    expect(pipelineCounts(buildPipeline([], NOW))).toEqual({
      'link-sent': 0,
      accepted: 0,
      'agreement-created': 0,
      expired: 0,
      failed: 0,
    });
  });
});

describe('attestationQueue', () => {
  const customer = (tenantId: string, status: McaStatus): QueueCustomer => ({ tenantId, companyName: tenantId, status });
  const customers = [
    customer('stale', 'attestation-stale'),
    customer('cloud-only', 'cloud-agreement-only'),
    customer('none', 'none'),
    customer('current', 'attested'),
    customer('direct', 'direct-acceptance'),
    customer('unknown', 'unknown'),
    customer('linked', 'attestation-stale'),
    customer('accepted', 'attestation-stale'),
    customer('lapsed', 'attestation-stale'),
    customer('expired', 'attestation-stale'),
    customer('failed', 'attestation-stale'),
    customer('agreed', 'attestation-stale'),
    customer('agreed-at-the-edge', 'attestation-stale'),
    customer('agreed-long-ago', 'attestation-stale'),
  ];
  const attestations = [
    tracked({ tenantId: 'linked', linkExpiresAt: at(1) }),
    // Its agreement can still be made after the link's expiry.
    tracked({ tenantId: 'accepted', state: 'accepted', linkExpiresAt: at(-HOUR) }),
    tracked({ tenantId: 'lapsed', linkExpiresAt: at(0) }),
    tracked({ tenantId: 'expired', state: 'expired' }),
    tracked({ tenantId: 'failed', state: 'failed' }),
    tracked({ tenantId: 'agreed', state: 'agreement-created', agreementCreatedAt: at(-DAY) }),
    tracked({ tenantId: 'agreed-at-the-edge', state: 'agreement-created', agreementCreatedAt: at(-30 * DAY) }),
    tracked({ tenantId: 'agreed-long-ago', state: 'agreement-created', agreementCreatedAt: at(-30 * DAY - 1) }),
  ];

  it('holds those needing an attestation with none on its way, in the order given', () => {
    expect(attestationQueue(customers, attestations, NOW).map((c) => c.tenantId)).toEqual([
      'stale',
      'cloud-only',
      'none',
      'lapsed',
      'expired',
      'failed',
      'agreed-long-ago',
    ]);
  });

  it.each<[string, string[], string[]]>([
    ['only the selected ones, in the order given', ['none', 'stale'], ['stale', 'none']],
    ['none when the selected need nothing', ['current', 'direct', 'unknown'], []],
    ['none when the selected have one on its way', ['linked', 'accepted', 'agreed'], []],
    ['a selected one whose link lapsed', ['lapsed', 'current'], ['lapsed']],
  ])('with a selection: %s', (_, selected, expected) => {
    expect(attestationQueue(customers, attestations, NOW, new Set(selected)).map((c) => c.tenantId)).toEqual(expected);
  });

  it('keeps what it is given of each customer', () => {
    const rows = [{ tenantId: 't', companyName: 'Contoso', status: 'none' as const, country: 'FR' }];
    expect(attestationQueue(rows, [], NOW)).toEqual(rows);
  });
});

describe('queueStep', () => {
  const queue = ['Contoso', 'Fabrikam', 'Adatum'];
  it.each<[number, ReturnType<typeof queueStep<string>>]>([
    [-1, null],
    [0, { position: 1, total: 3, current: 'Contoso', next: 'Fabrikam' }],
    [1, { position: 2, total: 3, current: 'Fabrikam', next: 'Adatum' }],
    [2, { position: 3, total: 3, current: 'Adatum' }],
    [3, null],
  ])('at %d', (index, step) => {
    expect(queueStep(queue, index)).toEqual(step);
  });

  it('is null for an empty queue', () => {
    expect(queueStep([], 0)).toBeNull();
  });
});

describe('the CSV rows', () => {
  const full = tracked({
    attestationId: 'att-9',
    companyName: '=Contoso',
    attestedBy: { name: 'Grace Hopper', upn: 'grace@partner.example', objectId: 'o-1' },
    state: 'agreement-created',
    createdAt: '2026-12-01T09:00:00.000Z',
    linkExpiresAt: '2026-12-02T09:00:00',
    acceptedAt: '2026-12-01T10:00:00',
    agreementCreatedAt: '2026-12-01T11:00:00.000Z',
    requestId: 'req-9',
    correlationId: 'cor-9',
  });

  it('say everything the record knows, in the columns asked for', () => {
    expect(pipelineCsvRow(pipelineRow(full, NOW))).toEqual({
      state: 'agreement-created',
      // Left as written: the CSV writer neutralises formulas.
      customer: '=Contoso',
      tenantId: '11111111-1111-4111-8111-111111111111',
      signerFirstName: 'Ada',
      signerLastName: 'Lovelace',
      signerEmail: 'ada@fabrikam.example',
      attestedBy: 'Grace Hopper',
      created: '2026-12-01T09:00:00.000Z',
      linkExpires: '2026-12-02T09:00:00',
      accepted: '2026-12-01T10:00:00',
      agreementCreated: '2026-12-01T11:00:00.000Z',
      failureCode: '',
      attestationId: 'att-9',
      requestId: 'req-9',
      correlationId: 'cor-9',
    });
  });

  it('give the state shown: a lapsed link reads expired; missing fields are empty', () => {
    const row = pipelineCsvRow(pipelineRow(tracked({ linkExpiresAt: at(-1) }), NOW));
    expect(row).toMatchObject({ state: 'expired', attestedBy: '', accepted: '', agreementCreated: '', failureCode: '' });
    expect(pipelineCsvRow(pipelineRow(tracked({ state: 'failed', failureCode: '600061' }), NOW)).failureCode).toBe('600061');
  });

  it('start with the headings, then the rows in the section order', () => {
    const headings = Object.fromEntries(PIPELINE_CSV_COLUMNS.map((column) => [column, column.toUpperCase()])) as Record<
      (typeof PIPELINE_CSV_COLUMNS)[number],
      string
    >;
    const cells = pipelineCsvCells(
      buildPipeline([full, tracked({ attestationId: 'waiting', linkExpiresAt: at(HOUR) })], NOW),
      headings,
    );
    expect(cells[0]).toEqual(PIPELINE_CSV_COLUMNS.map((column) => column.toUpperCase()));
    expect(cells.slice(1).map((line) => [line[0], line.at(12)])).toEqual([
      ['link-sent', 'waiting'],
      ['agreement-created', 'att-9'],
    ]);
    expect(cells.every((line) => line.length === PIPELINE_CSV_COLUMNS.length)).toBe(true);
  });

  it("are written by the customer export's writer: BOM, CRLF, a formula-leading name neutralised", () => {
    const headings = Object.fromEntries(PIPELINE_CSV_COLUMNS.map((column) => [column, column])) as Record<
      (typeof PIPELINE_CSV_COLUMNS)[number],
      string
    >;
    const text = csvFile(pipelineCsvCells(buildPipeline([full], NOW), headings));
    const lines = text.split('\r\n');
    expect(text.startsWith('\ufeffstate,customer,')).toBe(true);
    expect(lines[1]).toMatch(/^agreement-created,"'=Contoso",/);
    expect(lines.at(-1)).toBe('');
  });
});
