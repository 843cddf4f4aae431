import { countryName } from '../../lib/attestation/agreement-languages';
import type { AttestationFormValues } from '../../lib/attestation/flow';
import { useI18n } from '../app/I18nContext';
import { languageName } from './format';

interface Props {
  values: AttestationFormValues;
  busy: boolean;
  onBack(): void;
  onCreate(): void;
}

export function AttestationReview({ values, busy, onBack, onCreate }: Props) {
  const { t, locale } = useI18n();
  const signer = [`${values.firstName} ${values.lastName}`.trim(), values.email, values.phone].filter(Boolean).join(' · ');
  const country = countryName(values.country, locale);
  return (
    <div class="attestation-review">
      <h3 id="attestation-step-heading" tabIndex={-1}>
        {t('attestation.review.heading')}
      </h3>
      <p>{t('attestation.review.intro')}</p>
      <dl class="review-list">
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
      <div class="actions">
        <button type="button" onClick={onBack} disabled={busy}>
          {t('attestation.review.back')}
        </button>
        <button type="button" class="primary" onClick={onCreate} disabled={busy} aria-busy={busy}>
          {t('attestation.review.create')}
        </button>
      </div>
    </div>
  );
}
