// Every API path the extension uses, with the tokens each takes (docs/partner-center-api.md §4.1).
import { ENHANCED_ATTESTATION_AUTH, ENHANCED_ATTESTATION_PATH } from '@/lib/partner-center/contract';
import { getAgreementDocument } from './agreement-documents';
import { getAgreementMetadata, getCustomerAgreements, getDirectSignStatus, postCustomerAgreement } from './agreements';
import { createAttestation, getAttestation } from './attestations';
import { getCustomerAgreementRecords } from './bulk-feed';
import type { Route } from './context';
import { getCustomer, listCustomers } from './customers';
import { getRelationshipRequest } from './relationship-requests';

const exact = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
const SEGMENT = '([^/]+)';

export const API_ROUTES: readonly Route[] = [
  { method: 'GET', path: /^\/v1\/customers$/i, auth: 'any', handle: listCustomers },
  { method: 'GET', path: /^\/v1\/customers\/relationshiprequests$/i, auth: 'app+user', handle: getRelationshipRequest },
  { method: 'GET', path: new RegExp(`^/v1/customers/${SEGMENT}$`, 'i'), auth: 'any', handle: getCustomer },
  {
    method: 'GET',
    path: new RegExp(`^/v1/customers/${SEGMENT}/agreements$`, 'i'),
    auth: 'app+user',
    handle: getCustomerAgreements,
  },
  {
    method: 'POST',
    path: new RegExp(`^/v1/customers/${SEGMENT}/agreements$`, 'i'),
    auth: 'by-body',
    handle: postCustomerAgreement,
  },
  {
    method: 'GET',
    path: new RegExp(`^/v1/customers/${SEGMENT}/directSignedMicrosoftCustomerAgreementStatus$`, 'i'),
    auth: 'app+user',
    handle: getDirectSignStatus,
  },
  { method: 'GET', path: /^\/v1\/agreements$/i, auth: 'app+user', handle: getAgreementMetadata },
  {
    method: 'GET',
    path: new RegExp(`^/v1/agreementtemplates/${SEGMENT}/document$`, 'i'),
    auth: 'app+user',
    handle: getAgreementDocument,
  },
  { method: 'GET', path: /^\/v1\/partners\/customeragreementrecords$/i, auth: 'app+user', handle: getCustomerAgreementRecords },
  { method: 'POST', path: exact(ENHANCED_ATTESTATION_PATH), auth: ENHANCED_ATTESTATION_AUTH, handle: createAttestation },
  {
    method: 'GET',
    path: new RegExp(`^${ENHANCED_ATTESTATION_PATH}/${SEGMENT}$`, 'i'),
    auth: ENHANCED_ATTESTATION_AUTH,
    handle: getAttestation,
  },
];
