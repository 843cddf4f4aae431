import { useState } from 'preact/hooks';
import { countryName } from '@/lib/attestation/agreement-languages';
import type { AttestationFormValues } from '@/lib/attestation/flow';
import { useI18n } from '../app/I18nContext';
import { languageName } from './format';

interface Props {
  values: AttestationFormValues;
  /** The member of staff signed in, who makes the statement. */
  attester: { name: string; username: string };
  busy: boolean;
  onBack(): void;
  onCreate(): void;
}

export function AttestationReview({ values, attester, busy, onBack, onCreate }: Props) {
  const { t, locale } = useI18n();
  // The statement is made in the partner's name: it is sent only once the person has ticked that they make it.
  const [confirmed, setConfirmed] = useState(false);
  const signer = [`${values.firstName} ${values.lastName}`.trim(), values.email, values.phone].filter(Boolean).join(' · ');
  const country = countryName(values.country, locale);
  return (
    <div class="attestation-review">
      <h3 id="attestation-step-heading" tabIndex={-1}>
        {t('attestation.review.heading')}
      </h3>
      <p>{t('attestation.review.intro')}</p>
      <dl class="review-list">
        <dt>{t('attestation.review.attester')}</dt>
        <dd>{t('attestation.review.attesterValue', { name: attester.name, upn: attester.username })}</dd>
        <dt>{t('attestation.review.signer')}</dt>
        <dd>{signer}</dd>
        <dt>{t('attestation.review.company')}</dt>
        <dd>{values.companyName}</dd>
        <dt>{t('attestation.review.country')}</dt>
        <dd>{country ? `${country} (${values.country})` : values.country}</dd>
        <dt>{t('attestation.review.language')}</dt>
        <dd>
          {languageName(values.language, locale)} ({values.language})
        </dd>
        <dt>{t('attestation.review.expires')}</dt>
        <dd>{t(`attestation.form.minutes.${values.expiresInMinutes}` as 'attestation.form.minutes.1440')}</dd>
      </dl>
      <label class="confirm-attestation">
        <input
          type="checkbox"
          checked={confirmed}
          disabled={busy}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
        />{' '}
        {t('attestation.review.confirm')}
      </label>
      <div class="actions">
        <button type="button" onClick={onBack} disabled={busy}>
          {t('attestation.review.back')}
        </button>
        <button type="button" class="primary" onClick={onCreate} disabled={busy || !confirmed} aria-busy={busy}>
          {t('attestation.review.create')}
        </button>
      </div>
    </div>
  );
}
