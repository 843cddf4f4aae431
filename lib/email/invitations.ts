import { composeInvitation } from './compose';
import { buildBoundedMailto } from './mailto';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { shortenedBodies } from './shortened';
import { parseInvitationInput, type InvitationInput } from './schema';
import { EMAIL_TEXTS } from './templates';

export interface RenderedInvitation {
  subject: string;
  /** Plain text, `\n` line breaks, links in full. */
  text: string;
  /** A complete HTML document with inline styles; every value escaped. */
  html: string;
  /** A `mailto:` URL shorter than 2,000 characters. */
  mailto: string;
  /** True when `mailto` carries a short body asking to paste the full text, which the caller puts on the clipboard. */
  mailtoTruncated: boolean;
}

export interface RenderOptions {
  /** "Today" for the date checks; the current date by default. */
  now?: Date;
}

/** Validates the input (throwing one InvitationInputError) and writes the email in the input's language. */
export function renderInvitation(input: InvitationInput, options: RenderOptions = {}): RenderedInvitation {
  const document = composeInvitation(parseInvitationInput(input, options.now));
  const text = renderText(document);
  const note = EMAIL_TEXTS[document.locale].common.mailtoShortened;
  const { mailto, truncated } = buildBoundedMailto(
    { recipient: document.recipient, subject: document.subject, body: text },
    shortenedBodies(document, note),
    note,
  );
  return { subject: document.subject, text, html: renderHtml(document), mailto, mailtoTruncated: truncated };
}

export { toEml, type EmlOptions } from './eml';
export { InvitationInputError, type InvitationErrorKey, type InvitationInputIssue } from './errors';
export { buildResellerRelationshipUrl, MCA_ACCEPTANCE_URL, MCA_TEXT_URL } from './links';
export { INVITATION_LOCALES, pickInvitationLocale, type InvitationLocale } from './locales';
export {
  createInvitationInputSchema,
  INVITATION_KINDS,
  invitationInputSchema,
  type InvitationInput,
  type InvitationKind,
} from './schema';
