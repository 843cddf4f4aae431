// The dated milestones of the MCA rules, each an instant in UTC. Sources: docs/partner-center-api.md §0 (S26: Microsoft's pages).

/**
 * The Microsoft Customer Agreement replaced the Microsoft Cloud Agreement in CSP; both coexisted until 31 January 2020.
 * Source: docs/partner-center-api.md §0 (S23-g); Microsoft's pages (S26-b, S26-e).
 */
export const CLOUD_AGREEMENT_RETIRED_AT = '2020-02-01T00:00:00Z';

/**
 * Partner attestations dated before this instant are stale and must be renewed (or replaced by the customer's direct acceptance).
 * Source: Microsoft's page (S26-a) ("attestation antérieure au 1er avril 2023"); docs/partner-center-api.md §0 and §3.6 (S23-a, S23-b).
 */
export const CURRENT_ATTESTATION_FROM = '2023-04-01T00:00:00Z';

/**
 * From this instant, customers with only a stale attestation get no new purchases, quantity changes, term or billing-plan changes or upgrades.
 * Source: Microsoft's page (S26-a) ("À compter du 7 octobre 2025"); docs/partner-center-api.md §0 (S23-a, S23-b).
 */
export const STALE_ATTESTATION_BLOCKED_FROM = '2025-10-07T00:00:00Z';

/**
 * Partner Center's UI can no longer create or update attestations; the enhanced attestation API is the only partner path.
 * Source: Microsoft's page (S26-a) ("Le 5 janvier 2026, l'attestation partenaire du MCA devient une expérience API uniquement");
 * docs/partner-center-api.md §0 (S8, S9).
 */
export const ATTESTATION_API_ONLY_FROM = '2026-01-05T00:00:00Z';

export function hasBegun(milestone: string, now: Date): boolean {
  return now.getTime() >= Date.parse(milestone);
}
