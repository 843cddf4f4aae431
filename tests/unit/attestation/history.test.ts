import { describe, expect, it } from 'vitest';
import { isRefusal, pendingAttestation } from '@/lib/attestation/history';

const NOW = new Date('2026-11-23T12:00:00Z');
const entry = (attestationId: string, result: string, at: string) => ({ attestationId, result, at });

describe('attestation history', () => {
  it('finds the latest attestation whose agreement was not created yet', () => {
    const entries = [
      entry('a', 'linkgenerated', '2026-11-20T10:00:00Z'),
      entry('b', 'linkgenerated', '2026-11-22T10:00:00Z'),
      entry('b', 'agreementcreated', '2026-11-22T11:00:00Z'),
      entry('c', 'linkgenerated', '2026-11-21T10:00:00Z'),
    ];
    expect(pendingAttestation(entries, NOW)?.attestationId).toBe('c');
  });

  it('leaves out attestations older than the longest link', () => {
    expect(pendingAttestation([entry('a', 'linkgenerated', '2026-11-15T11:00:00Z')], NOW)).toBeUndefined();
    expect(pendingAttestation([entry('a', 'linkgenerated', '2026-11-16T13:00:00Z')], NOW)?.attestationId).toBe('a');
  });

  it('tells refusals from successes', () => {
    expect(isRefusal(entry('a', '600061', NOW.toISOString()))).toBe(true);
    expect(isRefusal(entry('a', 'agreementcreated', NOW.toISOString()))).toBe(false);
  });
});
