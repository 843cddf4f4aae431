import {
  InvitationInputError,
  renderInvitation,
  type InvitationInputIssue,
  type InvitationKind,
  type InvitationLocale,
  type RenderedInvitation,
} from '../email/invitations';
import type { DraftValues } from './fields';
import { buildInvitationInput } from './input';

export type DraftResult = { ok: true; email: RenderedInvitation } | { ok: false; issues: readonly InvitationInputIssue[] };

/** The email for the form as it stands, or what is wrong with it. */
export function renderDraft(kind: InvitationKind, locale: InvitationLocale, values: DraftValues, now: Date): DraftResult {
  try {
    return { ok: true, email: renderInvitation(buildInvitationInput(kind, locale, values), { now }) };
  } catch (error) {
    if (error instanceof InvitationInputError) return { ok: false, issues: error.issues };
    throw error;
  }
}
