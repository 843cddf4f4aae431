import type { Block, DetailRow, InvitationDocument } from '../document';
import { MCA_TEXT_URL } from '../links';
import type { InvitationInput } from '../schema';
import { fill, type EmailTexts, type TemplateParams } from '../templates';

export const paragraph = (template: string, params?: TemplateParams): Block => ({
  type: 'paragraph',
  text: fill(template, params),
});

export const link = (url: string): Block => ({ type: 'link', url });

export const steps = (templates: string[], params?: TemplateParams): Block => ({
  type: 'steps',
  items: templates.map((template) => fill(template, params)),
});

/** Rows whose value is missing are left out. */
export const details = (title: string, rows: Array<DetailRow | { label: string; value: undefined }>): Block => ({
  type: 'details',
  title,
  rows: rows.filter((row): row is DetailRow => row.value !== undefined),
});

/** The names every template may use. */
export function namesOf(input: InvitationInput): TemplateParams {
  return { companyName: input.customer.companyName, partnerName: input.partner.name };
}

export function customerGreeting(texts: EmailTexts, customer: InvitationInput['customer']): Block {
  return customer.contactName === undefined
    ? paragraph(texts.common.greetingGeneric)
    : paragraph(texts.common.greetingNamed, { contactName: customer.contactName });
}

export function agreementText(texts: EmailTexts): Block[] {
  return [paragraph(texts.common.readAgreement), link(MCA_TEXT_URL)];
}

/** Whom to ask, the closing formula and the partner's signature (its own lines, or else its name). */
export function signOff(texts: EmailTexts, partner: InvitationInput['partner']): Block[] {
  const questions =
    partner.email === undefined
      ? paragraph(texts.common.questionsReply)
      : paragraph(texts.common.questionsEmail, { partnerEmail: partner.email });
  const signatureLines = (partner.signature ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [
    questions,
    {
      type: 'signature',
      closing: texts.common.closing,
      lines: signatureLines.length > 0 ? signatureLines : [partner.name],
      name: partner.name,
    },
  ];
}

type CustomerInvitationInput = Exclude<InvitationInput, { kind: 'indirect-provider-request' | 'acceptance-link' }>;

/** An email to the customer: greeting, the kind's own blocks, where to read the agreement, whom to ask, signature. */
export function customerEmail(
  input: CustomerInvitationInput,
  texts: EmailTexts,
  subject: string,
  body: Block[],
): InvitationDocument {
  return {
    locale: input.locale,
    subject: fill(subject, namesOf(input)),
    recipient: input.customer.email,
    blocks: [customerGreeting(texts, input.customer), ...body, ...agreementText(texts), ...signOff(texts, input.partner)],
  };
}
