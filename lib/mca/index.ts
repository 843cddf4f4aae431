export { assessCustomer } from './policy';
export { compareStatusSeverity, isAtRisk, needsAcceptance, statusSeverity } from './risk';
export { blockedActionDescription, blockedActionLabel, statusDescription, statusLabel } from './labels';
export * from './timeline';
export * from './types';
