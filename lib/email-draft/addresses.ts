import type { EmlOptions, InvitationKind } from '../email/invitations';
import type { DraftFieldName, DraftValues } from './fields';

// The .eml From header takes a display name of at most 200 characters; a longer company name goes without it.
const DISPLAY_NAME_MAX = 200;

const filled = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);

// Whom each kind is written to, when it is not the customer's contact.
const RECIPIENT_FIELD: Partial<Record<InvitationKind, DraftFieldName>> = {
  'indirect-provider-request': 'indirectProvider.email',
  'acceptance-link': 'signer.email',
};

/** The From and To of the .eml, from a draft that passed validation: the partner, and whom the kind is written to. */
export function emlAddresses(kind: InvitationKind, values: DraftValues): Pick<EmlOptions, 'from' | 'to'> {
  const to = filled(values[RECIPIENT_FIELD[kind] ?? 'customer.email']);
  const fromAddress = filled(values['partner.email']);
  const fromName = filled(values['partner.name']);
  const from = fromAddress && {
    address: fromAddress,
    ...(fromName && fromName.length <= DISPLAY_NAME_MAX && { name: fromName }),
  };
  return { ...(to && { to }), ...(from && { from }) };
}
