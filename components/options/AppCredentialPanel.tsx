import type { CredentialApi } from '@/lib/attestation/api';
import { useI18n } from '../app/I18nContext';
import { CredentialCard } from './CredentialCard';
import { useAppCredentials } from './useAppCredentials';
import './credential.css';

/** The application credential of the attestation flow: create it, hand its certificate to an administrator, rotate, delete. */
export function AppCredentialPanel({ api }: { api: CredentialApi }) {
  const { t } = useI18n();
  const control = useAppCredentials(api);
  const { credentials, busy, notice, error } = control;
  const hasActive = credentials?.some((credential) => credential.state === 'active') ?? false;

  return (
    <section class="page credential-panel" aria-labelledby="credential-heading">
      <div class="card">
        <h2 id="credential-heading">{t('attestation.credential.heading')}</h2>
        <p>{t('attestation.credential.intro')}</p>
        <p class="muted">{t('auth.appOnly.statement')}</p>
        <p class="status-line" role="status">
          {credentials === null
            ? t('attestation.credential.loading')
            : busy
              ? t('attestation.credential.working')
              : notice
                ? t(`attestation.credential.${notice}`)
                : ''}
        </p>
        {error ? (
          <p class="error" role="alert" data-code={error.code}>
            {t(error.messageKey, error.params)}
          </p>
        ) : null}
        {credentials && !hasActive ? (
          <div class="credential-create">
            {credentials.length === 0 ? <p>{t('attestation.credential.none')}</p> : null}
            <button type="button" class="primary" onClick={() => void control.create()} disabled={busy} aria-busy={busy}>
              {t('attestation.credential.create')}
            </button>
          </div>
        ) : null}
        {(credentials ?? []).map((credential) => (
          <CredentialCard key={credential.id} credential={credential} busy={busy} onDelete={(id) => void control.remove(id)} />
        ))}
        {hasActive ? (
          <div class="credential-rotate">
            <button type="button" onClick={() => void control.rotate()} disabled={busy} aria-describedby="credential-rotate-hint">
              {t('attestation.credential.rotate')}
            </button>
            <p id="credential-rotate-hint" class="field-hint">
              {t('attestation.credential.rotateHint')}
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
