// The customer's Account page: account info, then the Microsoft Customer Agreement section.
import { agreementSectionContent } from '../agreement-section-content';
import { portalApi } from '../api-client';
import { card } from '../components/card';
import { fieldList } from '../components/field-list';
import { countryName, languageName } from '../display-names';
import { customerFrame } from './customer-frame';
import type { PageContext, RenderedPage } from './page';

export async function renderAccountPage(context: PageContext, tenantId: string): Promise<RenderedPage> {
  const customer = await portalApi.customer(tenantId);
  const { strings } = context;
  const accountInfo = card(
    'account-info-heading',
    strings.customerAccountInfo,
    fieldList([
      { label: strings.companyNameLabel, value: customer.companyName },
      { label: strings.microsoftIdLabel, value: customer.tenantId },
      { label: strings.domainLabel, value: customer.domain },
      { label: strings.countryLabel, value: countryName(customer.country, strings.locale) },
      { label: strings.languageLabel, value: languageName(customer.language, strings.locale) },
    ]),
  );
  const agreementSection = document.createElement('pc-agreement-section');
  agreementSection.show(agreementSectionContent(customer, strings, context.location.language));
  return {
    title: `${strings.account} - ${customer.companyName}`,
    content: customerFrame(context, customer, 'account', [accountInfo, agreementSection]),
  };
}
