// A followed attestation as the records keep it, for the tracking and watcher tests.
import type { TrackedAttestation } from '@/lib/records/types';

export const EXPIRES = '2026-12-08T10:00:00.000Z';

export function tracked(overrides: Partial<TrackedAttestation> = {}): TrackedAttestation {
  return {
    attestationId: 'att-1',
    tenantId: '11111111-1111-4111-8111-111111111111',
    companyName: 'Fabrikam',
    country: 'FR',
    language: 'fr-FR',
    signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@fabrikam.example' },
    state: 'link-sent',
    acceptanceUrl: 'https://accept.microsoft.com/mca?id=1',
    linkExpiresAt: EXPIRES,
    createdAt: '2026-12-07T10:00:00.000Z',
    requestId: 'req-1',
    correlationId: 'cor-1',
    ...overrides,
  };
}
