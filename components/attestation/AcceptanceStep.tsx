import { useState } from 'preact/hooks';
import { canComplete, type AttestationLink } from '@/lib/attestation/flow';
import { useI18n } from '../app/I18nContext';
import { EmailLinkAction } from './EmailLinkAction';
import { formatInstant, statusKey } from './format';

interface Props {
  link: AttestationLink;
  busy: boolean;
  copyText(text: string): Promise<void>;
  onCheck(): void;
  onComplete(): void;
  /** A new attestation for the same signer, once this link expired. */
  onRenew(): void;
  /** When the link was emailed to the signer, and the way to email it. */
  linkEmailedAt?: string;
  onEmailLink(): void;
}

/** The link the customer accepts through, what Partner Center last said of it, and the next requests. */
export function AcceptanceStep({ link, busy, copyText, onCheck, onComplete, onRenew, linkEmailedAt, onEmailLink }: Props) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const status = statusKey(link);
  const copy = () =>
    copyText(link.acceptanceUrl).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  return (
    <div class="acceptance-step" data-status={link.status}>
      <h3 id="attestation-step-heading" tabIndex={-1}>
        {t('attestation.link.heading')}
      </h3>
      <p>{t('attestation.link.intro')}</p>
      <div class="field">
        <label for="attestation-link">{t('attestation.link.label')}</label>
        <input
          id="attestation-link"
          type="url"
          readOnly
          value={link.acceptanceUrl}
          aria-describedby="attestation-link-expiry"
          onFocus={(event) => event.currentTarget.select()}
        />
        <p id="attestation-link-expiry" class="field-hint">
          {t('attestation.link.expires', { date: formatInstant(link.linkExpiresAt, locale) })}
        </p>
      </div>
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('attestation.link.copy')}
        </button>
        <a class="button" href={link.acceptanceUrl} target="_blank" rel="noopener noreferrer">
          {t('attestation.link.open')}
        </a>
      </div>
      <p class="status-line" role="status">
        {copied ? t(`attestation.link.${copied}`) : ''}
      </p>
      <EmailLinkAction emailedAt={linkEmailedAt} onEmail={onEmailLink} />
      {status ? (
        <p class="attestation-status" data-status={link.status}>
          {t(status, {
            date: formatInstant((link.status === 'linkexpired' ? link.linkExpiresAt : link.acceptedAt) ?? '', locale),
          })}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" onClick={onCheck} disabled={busy}>
          {t('attestation.link.check')}
        </button>
        {canComplete(link) ? (
          <button type="button" class="primary" onClick={onComplete} disabled={busy} aria-busy={busy}>
            {t('attestation.link.complete')}
          </button>
        ) : null}
        {link.status === 'linkexpired' ? (
          <button type="button" class="primary" onClick={onRenew} disabled={busy}>
            {t('attestation.link.renew')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
