import type { EmlOptions, InvitationKind } from '../email/invitations';
import type { DraftValues } from './fields';

// The .eml From header takes a display name of at most 200 characters; a longer company name goes without it.
const DISPLAY_NAME_MAX = 200;

const filled = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);

/** The From and To of the .eml, from a draft that passed validation: the partner, and the customer or the indirect provider. */
export function emlAddresses(kind: InvitationKind, values: DraftValues): Pick<EmlOptions, 'from' | 'to'> {
  const to = filled(kind === 'indirect-provider-request' ? values['indirectProvider.email'] : values['customer.email']);
  const fromAddress = filled(values['partner.email']);
  const fromName = filled(values['partner.name']);
  const from = fromAddress && {
    address: fromAddress,
    ...(fromName && fromName.length <= DISPLAY_NAME_MAX && { name: fromName }),
  };
  return { ...(to && { to }), ...(from && { from }) };
}
