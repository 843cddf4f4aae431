import type { AuditProgressEvent } from '../audit';

type ActionApi = {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
};

/** The audit's progress on the toolbar button: percent done while it runs, nothing once it is over. */
export function showAuditOnToolbar(event: AuditProgressEvent): void {
  const api =
    (browser as unknown as { action?: ActionApi; browserAction?: ActionApi }).action ??
    (browser as unknown as { browserAction: ActionApi }).browserAction;
  const active = event.state === 'running' || event.state === 'paused';
  const text = !active ? '' : event.total ? `${Math.min(99, Math.floor((event.done / event.total) * 100))}%` : String(event.done);
  void api.setBadgeBackgroundColor({ color: event.state === 'paused' ? '#8a5300' : '#0f6cbd' });
  void api.setBadgeText({ text });
}
