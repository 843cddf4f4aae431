import type { InvitationErrorKey } from '@/lib/email/invitations';
import type { DraftControl } from '@/lib/email-draft/issues';
import { useI18n } from '../app/I18nContext';
import { controlId, labelKey } from './field-text';

export interface SummaryIssues {
  byControl: Partial<Record<DraftControl, InvitationErrorKey>>;
  general: InvitationErrorKey[];
  /** The controls in the order of the form. */
  controls: DraftControl[];
  /** Which try to send this is: a new try announces the list again. */
  attempt: number;
}

/** What stops the email, each problem linked to its field; a live region, so that it is heard when it appears. */
export function ValidationSummary({ issues }: { issues: SummaryIssues | null }) {
  const { t } = useI18n();
  const listed = issues ? issues.controls.filter((control) => issues.byControl[control] !== undefined) : [];
  return (
    <div class="error-summary-region" aria-live="polite">
      {issues ? (
        <section class="error-summary" key={issues.attempt} aria-labelledby="error-summary-title">
          <p id="error-summary-title">{t('ui.popup.errorSummary')}</p>
          <ul>
            {listed.map((control) => (
              <li key={control}>
                <a
                  href={`#${controlId(control)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(controlId(control))?.focus();
                  }}
                >
                  {t(labelKey(control))}: {t(issues.byControl[control] as InvitationErrorKey)}
                </a>
              </li>
            ))}
            {issues.general.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
