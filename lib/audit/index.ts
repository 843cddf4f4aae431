export { createAuditControl, type AuditControl, type AuditControlState } from './control';
export { DEFAULT_CONCURRENCY, DEFAULT_OFFLINE_BACKOFF_MS, DEFAULT_REQUESTS_PER_MINUTE, runAudit } from './engine';
export { createEvenPacer, DEFAULT_HEADROOM, type EvenPacerOptions } from './pacer';
export type { AuditApi, AuditCallError, AuditDeps, AuditPage, AuditProgressEvent, RequestLimiter } from './types';
