// The Microsoft Customer Agreement section's wording for a customer, in the UI's language.
import type { PortalLanguage } from '../route';
import type { PortalCustomer } from '../types';
import { formatCalendarDay, summarizeAgreements } from './agreement-summary';
import type { AgreementSectionContent } from './components/pc-agreement-section';
import type { Field } from './components/field-list';
import type { PortalStrings } from './strings';

export function agreementSectionContent(
  customer: Pick<PortalCustomer, 'agreements' | 'directAcceptance'>,
  strings: PortalStrings,
  language: PortalLanguage,
): AgreementSectionContent {
  const summary = summarizeAgreements(customer);
  const status = (provided: boolean): Pick<Field, 'value' | 'tone'> =>
    provided ? { value: strings.provided, tone: 'positive' } : { value: strings.notProvided, tone: 'negative' };
  const fields: Field[] = [{ label: strings.partnerAttestationLabel, ...status(summary.partnerAttested) }];
  if (summary.latestAcceptance) {
    fields.push({ label: strings.acceptanceDateLabel, value: formatCalendarDay(summary.latestAcceptance, language) });
  }
  fields.push({ label: strings.directAcceptanceLabel, ...status(summary.directAcceptance) });
  return { title: strings.mcaTitle, fields, note: strings.attestationNote };
}
