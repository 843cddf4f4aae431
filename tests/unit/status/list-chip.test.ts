import { describe, expect, it } from 'vitest';
import { chipOf } from '@/lib/status/list-chip';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('chipOf', () => {
  it.each([
    ['nothing known', undefined, { kind: 'not-checked', tone: 'neutral' }],
    [
      'a direct acceptance seen 3 days ago',
      { status: 'direct-acceptance', atRisk: false, evidenceAt: '2026-12-01T11:00:00Z' },
      { kind: 'status', status: 'direct-acceptance', tone: 'ok', atRisk: false, ageDays: 3 },
    ],
    [
      'a stale attestation seen today',
      { status: 'attestation-stale', atRisk: true, evidenceAt: '2026-12-04T08:00:00Z' },
      { kind: 'status', status: 'attestation-stale', tone: 'risk', atRisk: true, ageDays: 0 },
    ],
    [
      'an unknown status',
      { status: 'unknown', atRisk: false },
      { kind: 'status', status: 'unknown', tone: 'neutral', atRisk: false },
    ],
    [
      'evidence dated in the future by a skewed clock',
      { status: 'attested', atRisk: false, evidenceAt: '2026-12-05T12:00:00Z' },
      { kind: 'status', status: 'attested', tone: 'ok', atRisk: false, ageDays: 0 },
    ],
    [
      'an unreadable date',
      { status: 'none', atRisk: true, evidenceAt: 'yesterday' },
      { kind: 'status', status: 'none', tone: 'risk', atRisk: true },
    ],
  ] as const)('%s', (_case, known, chip) => {
    expect(chipOf(known, NOW)).toEqual(chip);
  });
});
