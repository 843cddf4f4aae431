export type AuditControlState = 'running' | 'paused' | 'cancelled';

/** Pause, resume and cancel an audit from outside, like an AbortController; customers in flight finish first. */
export interface AuditControl {
  readonly state: AuditControlState;
  pause(): void;
  resume(): void;
  /** Final: the run ends as cancelled and cannot be resumed. */
  cancel(): void;
  /** Resolves at the next change of state. */
  changed(): Promise<void>;
}

export function createAuditControl(): AuditControl {
  let state: AuditControlState = 'running';
  let waiters: (() => void)[] = [];
  const become = (next: AuditControlState) => {
    if (state === 'cancelled' || state === next) return;
    state = next;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return {
    get state() {
      return state;
    },
    pause: () => become('paused'),
    resume: () => become('running'),
    cancel: () => become('cancelled'),
    changed: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}
