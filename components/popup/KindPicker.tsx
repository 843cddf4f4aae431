import { INVITATION_KINDS, type InvitationKind } from '@/lib/email/invitations';
import type { AcceptanceLinkOffer } from '@/lib/email-draft/acceptance-link';
import { useI18n } from '../app/I18nContext';

interface Props {
  kind: InvitationKind;
  acceptanceLink: AcceptanceLinkOffer;
  onChange(kind: InvitationKind): void;
}

/** The kinds of email, each with its name and what it is for; the acceptance link only with a link to send, else why not. */
export function KindPicker({ kind, acceptanceLink, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="card kind-picker">
      <legend>{t('ui.popup.kindLegend')}</legend>
      {INVITATION_KINDS.map((option) => {
        const unavailable = option === 'acceptance-link' && !acceptanceLink.available ? acceptanceLink.reason : undefined;
        return (
          <div class="kind-option" key={option}>
            <input
              type="radio"
              id={`kind-${option}`}
              name="kind"
              value={option}
              checked={option === kind}
              disabled={unavailable !== undefined}
              aria-describedby={`kind-${option}-description`}
              onChange={() => onChange(option)}
            />
            <label for={`kind-${option}`}>{t(`email.kinds.${option}.name`)}</label>
            <p id={`kind-${option}-description`} class="field-hint">
              {t(`email.kinds.${option}.description`)}
              {unavailable ? (
                <>
                  {' '}
                  <span class="kind-unavailable">{t(`ui.popup.kindUnavailable.${unavailable}`)}</span>
                </>
              ) : null}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
