import type { Assessment, McaStatus } from './types';

/** Higher is worse: customers with every transaction blocked first, those needing nothing last. */
const SEVERITY: Record<McaStatus, number> = {
  none: 5,
  'cloud-agreement-only': 4,
  'attestation-stale': 3,
  unknown: 2,
  attested: 1,
  'direct-acceptance': 0,
};

export function statusSeverity(status: McaStatus): number {
  return SEVERITY[status];
}

/** For `Array.prototype.sort`: the most severe status first. */
export function compareStatusSeverity(a: McaStatus, b: McaStatus): number {
  return SEVERITY[b] - SEVERITY[a];
}

/** Blocked now, or to be blocked: the customer needs an attestation or a direct acceptance. */
export function isAtRisk(assessment: Assessment): boolean {
  return needsAcceptance(assessment.status) || assessment.blockedActions.length > 0;
}

export function needsAcceptance(status: McaStatus): boolean {
  return status === 'attestation-stale' || status === 'cloud-agreement-only' || status === 'none';
}
