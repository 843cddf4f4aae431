import { INVITATION_LOCALES, type InvitationErrorKey, type InvitationLocale } from '@/lib/email/invitations';
import { useI18n } from '../app/I18nContext';
import { controlId } from './field-text';

interface Props {
  locale: InvitationLocale;
  error?: InvitationErrorKey;
  onChange(locale: InvitationLocale): void;
}

/** The language the email is written in, which is the customer's, not the partner's. */
export function LanguageSelect({ locale, error, onChange }: Props) {
  const { t } = useI18n();
  const id = controlId('locale');
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{t('ui.popup.language.label')}</label>
      <select
        id={id}
        name="locale"
        value={locale}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.currentTarget.value as InvitationLocale)}
      >
        {INVITATION_LOCALES.map((option) => (
          <option key={option} value={option}>
            {t(`email.languages.${option}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="field-hint">
        {t('ui.popup.language.hint')}
      </p>
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
