import type { InvitationDocument } from '../document';
import type { InvitationInput } from '../schema';
import { EMAIL_TEXTS } from '../templates';
import { composeAcceptanceLink } from './acceptance-link';
import { composeAcceptMca } from './accept-mca';
import { composeAttestationNotice } from './attestation-notice';
import { composeIndirectProviderRequest } from './indirect-provider-request';
import { composeNewCustomer } from './new-customer';
import { composeResellerRelationship } from './reseller-relationship';

/** The email for validated input, in the input's language. */
export function composeInvitation(input: InvitationInput): InvitationDocument {
  const texts = EMAIL_TEXTS[input.locale];
  switch (input.kind) {
    case 'accept-mca':
      return composeAcceptMca(input, texts);
    case 'new-customer':
      return composeNewCustomer(input, texts);
    case 'reseller-relationship':
      return composeResellerRelationship(input, texts);
    case 'indirect-provider-request':
      return composeIndirectProviderRequest(input, texts, input.locale);
    case 'attestation-notice':
      return composeAttestationNotice(input, texts);
    case 'acceptance-link':
      return composeAcceptanceLink(input, texts);
  }
}
