import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CredentialView } from '@/lib/attestation/api';
import { useI18n } from '../app/I18nContext';
import { formatInstant } from '../attestation/format';

interface Props {
  credential: CredentialView;
  busy: boolean;
  onDelete(id: string): void;
}

/** Named after the thumbprint, so that two downloaded certificates are told apart. */
const fileNameOf = (credential: CredentialView) =>
  `mca-assistant-attestation-${credential.thumbprintSha1.slice(0, 8).toLowerCase()}.pem`;

/** One certificate: its thumbprints and dates, its PEM to show or download, and its deletion once confirmed. */
export function CredentialCard({ credential, busy, onDelete }: Props) {
  const { t, locale } = useI18n();
  const [showPem, setShowPem] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const url = useMemo(
    () => URL.createObjectURL(new Blob([credential.certificatePem], { type: 'application/x-pem-file' })),
    [credential.certificatePem],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const base = `credential-${credential.thumbprintSha1.slice(0, 12)}`;

  return (
    <article class={`credential ${credential.state}`} aria-labelledby={`${base}-title`} data-state={credential.state}>
      <h3 id={`${base}-title`}>{t(`attestation.credential.state.${credential.state}`)}</h3>
      <dl class="credential-facts">
        <dt>{t('attestation.credential.thumbprint')}</dt>
        <dd>
          <code class="thumbprint">{credential.thumbprintSha1}</code>
        </dd>
        <dt>{t('attestation.credential.id')}</dt>
        <dd>
          <code>{credential.id}</code>
        </dd>
        <dt>{t('attestation.credential.created')}</dt>
        <dd>{formatInstant(credential.createdAt, locale)}</dd>
        <dt>{t('attestation.credential.expires')}</dt>
        <dd class="expires">{formatInstant(credential.expiresAt, locale)}</dd>
      </dl>
      <div class="actions">
        <a class="button" href={url} download={fileNameOf(credential)}>
          {t('attestation.credential.download')}
        </a>
        <button type="button" aria-expanded={showPem} aria-controls={`${base}-pem`} onClick={() => setShowPem(!showPem)}>
          {t(showPem ? 'attestation.credential.hide' : 'attestation.credential.show')}
        </button>
        <button type="button" onClick={() => setConfirming(true)} disabled={busy || confirming}>
          {t('attestation.credential.delete')}
        </button>
      </div>
      <div id={`${base}-pem`} class="field" hidden={!showPem}>
        <label for={`${base}-pem-text`}>{t('attestation.credential.pem')}</label>
        <textarea id={`${base}-pem-text`} class="pem" readOnly rows={8} value={credential.certificatePem} spellcheck={false} />
      </div>
      {confirming ? (
        <div class="confirm-delete" role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`}>{t('attestation.credential.confirmDelete')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => (setConfirming(false), onDelete(credential.id))} disabled={busy}>
              {t('attestation.credential.confirmYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('attestation.credential.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
