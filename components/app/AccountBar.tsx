import type { AccountControl } from '@/lib/platform/useAccount';
import { useI18n } from './I18nContext';

/** Who is signed in to the Partner Center API, with sign-in and sign-out; the page stays useful signed out. */
export function AccountBar({ control, onOpenSettings }: { control: AccountControl; onOpenSettings: () => void }) {
  const { t } = useI18n();
  const { state, busy, error } = control;
  if (!state) return null;
  return (
    <section class="account-bar" aria-label={t('ui.account.heading')}>
      {state.account ? (
        <>
          <p>
            <span class="dot ok" aria-hidden="true" />
            {t('ui.account.signedInAs', { name: state.account.name, username: state.account.username })}
            <span class="muted"> · {t('ui.account.tenant', { tenantId: state.account.tenantId })}</span>
            {state.account.role ? <span class="muted"> · {state.account.role}</span> : null}
          </p>
          <button type="button" onClick={control.signOut}>
            {t('ui.account.signOut')}
          </button>
        </>
      ) : state.configured ? (
        <>
          <p class="muted">{t('ui.account.signedOut')}</p>
          <button type="button" class="primary" onClick={control.signIn} disabled={busy} aria-busy={busy}>
            {busy ? t('ui.account.signingIn') : t('ui.account.signIn')}
          </button>
        </>
      ) : (
        <>
          <p class="muted">{t('ui.account.notConfigured')}</p>
          <button type="button" onClick={onOpenSettings}>
            {t('ui.actions.openSettings')}
          </button>
        </>
      )}
      {error ? (
        <p role="alert" class="error" data-code={error.code}>
          {t(error.messageKey, error.params)}
        </p>
      ) : null}
    </section>
  );
}
