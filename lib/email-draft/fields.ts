import type { InvitationKind } from '../email/invitations';

/** A form field, named by its path in the invitation input (`customer.email` → `{ customer: { email } }`). */
export type DraftFieldName =
  | 'customer.companyName'
  | 'customer.contactName'
  | 'customer.email'
  | 'customer.tenantId'
  | 'customer.country'
  | 'credentials.userName'
  | 'credentials.temporaryPassword'
  | 'relationshipUrl'
  | 'indirectProviderTenantId'
  | 'resellerMpnId'
  | 'signer.firstName'
  | 'signer.lastName'
  | 'signer.email'
  | 'signer.phone'
  | 'signer.dateAgreed'
  | 'acceptance.url'
  | 'acceptance.expiresAt'
  | 'indirectProvider.name'
  | 'indirectProvider.email'
  | 'partner.name'
  | 'partner.email'
  | 'partner.tenantId'
  | 'partner.signature';

/** The fieldset a field is shown in. */
export type DraftGroup = 'customer' | 'credentials' | 'relationship' | 'signer' | 'acceptance' | 'indirectProvider' | 'partner';

export type DraftInputType = 'text' | 'email' | 'password' | 'url' | 'date' | 'tel' | 'identifier' | 'multiline';

export interface DraftField {
  name: DraftFieldName;
  group: DraftGroup;
  input: DraftInputType;
  required: boolean;
}

export type DraftValues = Partial<Record<DraftFieldName, string>>;

const INPUT_TYPES: Record<DraftFieldName, DraftInputType> = {
  'customer.companyName': 'text',
  'customer.contactName': 'text',
  'customer.email': 'email',
  'customer.tenantId': 'identifier',
  'customer.country': 'identifier',
  'credentials.userName': 'identifier',
  'credentials.temporaryPassword': 'password',
  relationshipUrl: 'url',
  indirectProviderTenantId: 'identifier',
  resellerMpnId: 'identifier',
  'signer.firstName': 'text',
  'signer.lastName': 'text',
  'signer.email': 'email',
  'signer.phone': 'tel',
  'signer.dateAgreed': 'date',
  'acceptance.url': 'url',
  'acceptance.expiresAt': 'identifier',
  'indirectProvider.name': 'text',
  'indirectProvider.email': 'email',
  'partner.name': 'text',
  'partner.email': 'email',
  'partner.tenantId': 'identifier',
  'partner.signature': 'multiline',
};

/** `!` marks a field the schema requires. */
type FieldList = readonly `${DraftFieldName}${'' | '!'}`[];

const CUSTOMER: FieldList = ['customer.companyName!', 'customer.contactName', 'customer.email', 'customer.tenantId'];
const PARTNER: FieldList = ['partner.name!', 'partner.email', 'partner.signature'];

// The fields each kind's email uses, in the order the form shows them (mirrors lib/email/schema.ts).
const KIND_FIELDS: Record<InvitationKind, Partial<Record<DraftGroup, FieldList>>> = {
  'accept-mca': { customer: CUSTOMER, partner: PARTNER },
  'attestation-notice': { customer: CUSTOMER, partner: PARTNER },
  'new-customer': {
    customer: CUSTOMER,
    credentials: ['credentials.userName!', 'credentials.temporaryPassword!'],
    partner: PARTNER,
  },
  'reseller-relationship': {
    customer: CUSTOMER,
    // One of the link and the partner tenant id is needed; the schema says which is missing, on the tenant id.
    relationship: ['relationshipUrl', 'indirectProviderTenantId', 'resellerMpnId'],
    partner: ['partner.name!', 'partner.tenantId', 'partner.email', 'partner.signature'],
  },
  'indirect-provider-request': {
    customer: ['customer.companyName!', 'customer.tenantId!'],
    signer: ['signer.firstName!', 'signer.lastName!', 'signer.email!', 'signer.phone', 'signer.dateAgreed!'],
    indirectProvider: ['indirectProvider.name', 'indirectProvider.email'],
    partner: ['partner.name!', 'partner.tenantId', 'resellerMpnId', 'partner.email', 'partner.signature'],
  },
  'acceptance-link': {
    customer: ['customer.companyName!', 'customer.country', 'customer.tenantId'],
    // The signer receives this email: shown with the link it carries rather than as "who accepted".
    acceptance: ['signer.firstName!', 'signer.lastName!', 'signer.email!', 'acceptance.url!', 'acceptance.expiresAt!'],
    partner: PARTNER,
  },
};

export const DRAFT_GROUPS: readonly DraftGroup[] = [
  'customer',
  'credentials',
  'relationship',
  'signer',
  'acceptance',
  'indirectProvider',
  'partner',
];

/** The fields of one kind's form, group by group. */
export function fieldsOf(kind: InvitationKind): DraftField[] {
  return DRAFT_GROUPS.flatMap((group) =>
    (KIND_FIELDS[kind][group] ?? []).map((entry) => {
      const name = entry.replace(/!$/, '') as DraftFieldName;
      return { name, group, input: INPUT_TYPES[name], required: entry.endsWith('!') };
    }),
  );
}

export function fieldsInGroup(kind: InvitationKind, group: DraftGroup): DraftField[] {
  return fieldsOf(kind).filter((field) => field.group === group);
}
