// A few made-up subscriptions per customer, always the same for a given tenant id.
import type { PortalSubscription } from './api-types';

const OFFERS = [
  'Microsoft 365 Business Premium',
  'Microsoft 365 Business Basic',
  'Microsoft 365 E3',
  'Exchange Online (Plan 1)',
  'Microsoft Teams Essentials',
  'Microsoft Defender for Business',
  'Power BI Pro',
] as const;

/** FNV-1a, then xorshift steps: a small deterministic stream of numbers seeded by a string. */
function numberStream(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193) >>> 0;
  }
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

function guidFrom(next: () => number): string {
  const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function subscriptionsOf(tenantId: string): PortalSubscription[] {
  const next = numberStream(tenantId);
  const count = 2 + (next() % 3);
  const first = next() % OFFERS.length;
  return Array.from({ length: count }, (_, index) => ({
    id: guidFrom(next),
    offerName: OFFERS[(first + index) % OFFERS.length] ?? OFFERS[0],
    quantity: 1 + (next() % 300),
    billingCycle: next() % 2 === 0 ? 'monthly' : 'annual',
    status: 'active',
  }));
}
