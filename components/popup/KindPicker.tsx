import { INVITATION_KINDS, type InvitationKind } from '@/lib/email/invitations';
import { useI18n } from '../app/I18nContext';

interface Props {
  kind: InvitationKind;
  onChange(kind: InvitationKind): void;
}

/** The five kinds of email, each with its name and what it is for. */
export function KindPicker({ kind, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="card kind-picker">
      <legend>{t('ui.popup.kindLegend')}</legend>
      {INVITATION_KINDS.map((option) => (
        <div class="kind-option" key={option}>
          <input
            type="radio"
            id={`kind-${option}`}
            name="kind"
            value={option}
            checked={option === kind}
            aria-describedby={`kind-${option}-description`}
            onChange={() => onChange(option)}
          />
          <label for={`kind-${option}`}>{t(`email.kinds.${option}.name`)}</label>
          <p id={`kind-${option}-description`} class="field-hint">
            {t(`email.kinds.${option}.description`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
