import type { AuditProgressEvent } from '../audit';

type ActionApi = {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
};

const actionApi = (): ActionApi =>
  (browser as unknown as { action?: ActionApi; browserAction?: ActionApi }).action ??
  (browser as unknown as { browserAction: ActionApi }).browserAction;

/** What the toolbar button shows: a running audit first, else the accepted attestations waiting for their agreement. */
const shown: { audit: { text: string; color: string } | null; waiting: { count: number; title: string } | null } = {
  audit: null,
  waiting: null,
};

function render(): void {
  const api = actionApi();
  const { audit, waiting } = shown;
  if (audit) {
    void api.setBadgeBackgroundColor({ color: audit.color });
    void api.setBadgeText({ text: audit.text });
    return;
  }
  void api.setBadgeBackgroundColor({ color: '#107c10' });
  void api.setBadgeText({ text: waiting ? String(waiting.count) : '' });
  void api.setTitle({ title: waiting ? waiting.title : browser.i18n.getMessage('extName') });
}

/** The audit's progress on the toolbar button: percent done while it runs, nothing once it is over. */
export function showAuditOnToolbar(event: AuditProgressEvent): void {
  const active = event.state === 'running' || event.state === 'paused';
  const text = event.total ? `${Math.min(99, Math.floor((event.done / event.total) * 100))}%` : String(event.done);
  shown.audit = active ? { text, color: event.state === 'paused' ? '#8a5300' : '#0f6cbd' } : null;
  render();
}

/** How many customers accepted and wait for the partner to create their agreement; 0 clears it. */
export function showWaitingAgreementsOnToolbar(count: number, title: string): void {
  shown.waiting = count > 0 ? { count, title } : null;
  render();
}
