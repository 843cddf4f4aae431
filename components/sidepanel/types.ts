import type { MessageResponse } from '@/lib/messaging/protocol';

export type CustomerStatus = MessageResponse<'getCustomerStatus'>;
export type CustomerRecordView = MessageResponse<'getCustomerRecord'>;
export type FoundCustomers = MessageResponse<'findCustomers'>['customers'];

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; reason: string };

export interface PanelActions {
  refresh(): void;
  draftInvitation(kind: 'accept-mca' | 'indirect-provider-request'): void;
  /** Absent while the attestation flow is not available (not signed in, or a role that cannot attest). */
  attest?: () => void;
}
