// The background's watch over unfinished attestations: a round on an alarm and when the worker starts (the browser
// starting included), notifications of what changed, and the toolbar's count of acceptances waiting for their agreement.
import type { createAttestationService } from '../attestation/service';
import { noticeFor, tenantOfNotice } from '../attestation/notification';
import { UNFINISHED_STATES } from '../attestation/tracking';
import { createAttestationWatcher, WATCH_EVERY_MS, type WatchChange } from '../attestation/watcher';
import { isSandboxBuild } from '../config/build';
import type { AppTranslator } from '../i18n';
import type { Settings } from '../settings/schema';
import { openExtensionPage } from './navigation';
import { showWaitingAgreementsOnToolbar } from './toolbar-badge';

const WATCH_ALARM = 'attestation-watch';
// The sandbox build watches within seconds so that its tests follow a whole attestation (unpacked, Chrome allows a second).
const TIMING = isSandboxBuild ? { alarmMinutes: 0.1, everyMs: 5_000 } : { alarmMinutes: 5, everyMs: WATCH_EVERY_MS };

interface Deps {
  service: ReturnType<typeof createAttestationService>;
  settings(): Promise<Settings>;
  translator(): Promise<AppTranslator>;
}

export function startAttestationWatch({ service, settings, translator }: Deps) {
  const watcher = createAttestationWatcher({
    unfinished: () => service.tracked({ states: UNFINISHED_STATES }),
    trackedOne: service.trackedOne,
    ready: service.ready,
    createAgreementMyself: async () => (await settings()).createAgreementMyself,
    status: service.status,
    complete: service.complete,
    expireIfDue: service.expireIfDue,
    now: () => new Date(),
    everyMs: TIMING.everyMs,
  });

  async function refreshBadge(): Promise<void> {
    const waiting = (await service.tracked({ states: ['accepted'] })).length;
    showWaitingAgreementsOnToolbar(waiting, (await translator()).t('attestation.notifications.badgeWaiting', { count: waiting }));
  }

  async function notify(changes: WatchChange[]): Promise<void> {
    if (changes.length === 0 || !(await settings()).attestationNotifications) return;
    const { t } = await translator();
    for (const notice of changes.map(noticeFor)) {
      if (!notice) continue;
      await browser.notifications.create(notice.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t(notice.titleKey),
        message: t(notice.messageKey, notice.params),
      });
    }
  }

  async function round(): Promise<void> {
    try {
      const { changes } = await watcher.round();
      await notify(changes);
    } finally {
      await refreshBadge();
    }
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void round();
  });
  void browser.alarms.create(WATCH_ALARM, { periodInMinutes: TIMING.alarmMinutes });
  // A click opens the side panel's page on that customer: a notification click is no gesture the panel itself may open on.
  browser.notifications.onClicked.addListener((id) => {
    const tenantId = tenantOfNotice(id);
    if (!tenantId) return;
    void openExtensionPage('sidepanel', { customer: tenantId });
    void browser.notifications.clear(id);
  });
  void round();

  return { refreshBadge };
}
