import type { ExtensionPage } from '@/lib/messaging/protocol';
import type { Navigation } from '@/lib/platform/navigation';
import { useI18n } from './I18nContext';

export type { Navigation };

/** The links between the extension's own surfaces, shown where they make sense. */
export function NavigationButtons({ navigation, pages }: { navigation: Navigation; pages: ExtensionPage[] }) {
  const { t } = useI18n();
  return (
    <>
      {navigation.openSidePanel ? (
        <button type="button" onClick={navigation.openSidePanel}>
          {t('ui.actions.openSidePanel')}
        </button>
      ) : null}
      {pages.includes('dashboard') ? (
        <button type="button" onClick={() => navigation.openPage('dashboard')}>
          {t('ui.actions.openDashboard')}
        </button>
      ) : null}
      {pages.includes('options') ? (
        <button type="button" onClick={() => navigation.openPage('options')}>
          {t('ui.actions.openSettings')}
        </button>
      ) : null}
    </>
  );
}
