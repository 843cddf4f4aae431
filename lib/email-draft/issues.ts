import type { InvitationErrorKey, InvitationInputIssue } from '../email/invitations';
import type { DraftFieldName } from './fields';

/** Where a problem is shown: next to one of the form's controls (a field, or the email language), or only in the summary. */
export type DraftControl = DraftFieldName | 'locale';

export interface PlacedIssues {
  /** The first problem of each control on the form. */
  byControl: Partial<Record<DraftControl, InvitationErrorKey>>;
  /** Problems with no control on the form to show them next to. */
  general: InvitationErrorKey[];
}

/** Sorts validation issues onto the controls shown; the order of `controls` is the order of the summary. */
export function placeIssues(issues: readonly InvitationInputIssue[], controls: readonly DraftControl[]): PlacedIssues {
  const byControl: PlacedIssues['byControl'] = {};
  const general: InvitationErrorKey[] = [];
  for (const issue of issues) {
    const path = issue.path.join('.');
    const control = controls.find((candidate) => candidate === path);
    if (control === undefined) {
      if (!general.includes(issue.messageKey)) general.push(issue.messageKey);
    } else {
      byControl[control] ??= issue.messageKey;
    }
  }
  return { byControl, general };
}
