import enEmail from '@/locales/en/email.json';

type ErrorName = keyof (typeof enEmail)['errors'];

/** A key of the UI catalogue (`email.errors.*`), so that the popup can say what is wrong in the partner's language. */
export type InvitationErrorKey = `email.errors.${ErrorName}`;

export const invitationErrorKey = (name: ErrorName): InvitationErrorKey => `email.errors.${name}`;

export function isInvitationErrorKey(value: string): value is InvitationErrorKey {
  return value.startsWith('email.errors.') && value.slice('email.errors.'.length) in enEmail.errors;
}

export interface InvitationInputIssue {
  /** Where the problem is, e.g. `['customer', 'email']`; empty for the input as a whole. */
  path: (string | number)[];
  messageKey: InvitationErrorKey;
}

function describe(issue: InvitationInputIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
  const name = issue.messageKey.slice('email.errors.'.length) as ErrorName;
  return `${where}: ${enEmail.errors[name]}`;
}

/** Invalid invitation input. Carries field paths and message keys only: never the values, which may hold a password. */
export class InvitationInputError extends Error {
  override readonly name = 'InvitationInputError';
  readonly issues: readonly InvitationInputIssue[];

  constructor(issues: readonly InvitationInputIssue[]) {
    super(`Invalid invitation input: ${issues.map(describe).join('; ')}`);
    this.issues = issues;
  }
}
