// The agreement templates Partner Center publishes (docs/partner-center-api.md §2.1, §2.7).
import type { AgreementMetadata, AgreementType } from '@/lib/partner-center/schemas';
import { MICROSOFT_CLOUD_AGREEMENT, MICROSOFT_CUSTOMER_AGREEMENT } from '@/lib/partner-center/schemas';

export const MCA_TEMPLATE_ID = '117a77b0-9360-443b-8795-c6dedc750cf9';
export const CLOUD_AGREEMENT_TEMPLATE_ID = '998b88de-aa99-4388-a42c-1b3517d49490';

export const AGREEMENT_TEMPLATES: readonly AgreementMetadata[] = [
  {
    templateId: MCA_TEMPLATE_ID,
    agreementType: MICROSOFT_CUSTOMER_AGREEMENT,
    agreementLink: 'https://aka.ms/customeragreement',
    versionRank: 0,
    attributes: { objectType: 'AgreementMetaData' },
  },
  {
    templateId: CLOUD_AGREEMENT_TEMPLATE_ID,
    agreementType: MICROSOFT_CLOUD_AGREEMENT,
    agreementLink: 'https://learn.microsoft.com/partner-center/agreements',
    versionRank: 0,
    attributes: { objectType: 'AgreementMetaData' },
  },
];

export function templateById(templateId: string): AgreementMetadata | undefined {
  return AGREEMENT_TEMPLATES.find((template) => template.templateId === templateId);
}

export function templateByType(type: AgreementType): AgreementMetadata {
  const template = AGREEMENT_TEMPLATES.find((candidate) => candidate.agreementType === type);
  if (!template) throw new Error(`no template for ${type}`);
  return template;
}
