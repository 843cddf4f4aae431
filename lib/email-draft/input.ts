import type { InvitationInput, InvitationKind, InvitationLocale } from '../email/invitations';
import { fieldsOf, type DraftValues } from './fields';

type Nested = { [key: string]: string | Nested };

const isBlank = (value: string | Nested): boolean =>
  typeof value === 'string' ? value.trim() === '' : Object.values(value).every(isBlank);

/**
 * The invitation input for a kind from the form's values: only the fields that kind uses, nested as the schema wants
 * them, values as typed (the schema trims them, except the password). The indirect provider is optional as a whole.
 */
export function buildInvitationInput(kind: InvitationKind, locale: InvitationLocale, values: DraftValues): InvitationInput {
  const input: Nested = { kind, locale };
  for (const { name } of fieldsOf(kind)) {
    const path = name.split('.');
    const leaf = path.pop() as string;
    let parent = input;
    for (const segment of path) parent = (parent[segment] ??= {}) as Nested;
    parent[leaf] = values[name] ?? '';
  }
  if (input.indirectProvider !== undefined && isBlank(input.indirectProvider)) delete input.indirectProvider;
  // Not yet checked: renderInvitation validates it and says what is wrong, field by field.
  return input as unknown as InvitationInput;
}
