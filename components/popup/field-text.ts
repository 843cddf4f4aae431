import type { DraftControl } from '@/lib/email-draft/issues';
import type { DraftFieldName, DraftGroup } from '@/lib/email-draft/fields';
import type { AppMessageKey } from '@/lib/i18n';

export const labelKey = (control: DraftControl): AppMessageKey =>
  control === 'locale' ? 'ui.popup.language.label' : `ui.popup.fields.${control}`;

export const groupKey = (group: DraftGroup): AppMessageKey => `ui.popup.groups.${group}`;

const HINTS: Partial<Record<DraftFieldName, AppMessageKey>> = {
  'customer.tenantId': 'ui.popup.hints.customerTenantId',
  'customer.country': 'ui.popup.hints.customerCountry',
  'acceptance.expiresAt': 'ui.popup.hints.acceptanceExpiresAt',
  'credentials.temporaryPassword': 'ui.popup.hints.temporaryPassword',
  relationshipUrl: 'ui.popup.hints.relationshipUrl',
  indirectProviderTenantId: 'ui.popup.hints.indirectProviderTenantId',
  'signer.dateAgreed': 'ui.popup.hints.dateAgreed',
  'partner.signature': 'ui.popup.hints.signature',
};

export const hintKey = (name: DraftFieldName): AppMessageKey | undefined => HINTS[name];

/** The id of a control's element, for labels, `aria-describedby` and the error summary's links. */
export const controlId = (control: DraftControl): string => `draft-${control.replace(/\./g, '-')}`;
