import { useI18n } from '../app/I18nContext';
import { formatInstant } from './format';

interface Props {
  /** When the link was last drafted to the signer, if it was. */
  emailedAt?: string;
  onEmail(): void;
}

/** The link step's way to the signer: the acceptance-link email, drafted in the popup, and when it last was. */
export function EmailLinkAction({ emailedAt, onEmail }: Props) {
  const { t, locale } = useI18n();
  return (
    <div class="email-link">
      <button type="button" onClick={onEmail}>
        {t('attestation.link.emailSigner')}
      </button>
      {emailedAt ? <p class="link-emailed">{t('attestation.link.emailed', { date: formatInstant(emailedAt, locale) })}</p> : null}
    </div>
  );
}
