import { renderInvitation, toEml, type InvitationLocale } from '../email/invitations';
import { emlFileName } from './filename';
import { defaultLocale, type DraftSettings } from './defaults';

export interface BulkCustomer {
  tenantId: string;
  companyName: string;
  country: string;
  language: string;
}

export interface BulkDraft {
  tenantId: string;
  companyName: string;
  locale: InvitationLocale;
  filename: string;
  eml: string;
}

export interface BulkDrafts {
  /** The emails are signed with the partner's name, from the settings; without it nothing is drafted. */
  missingPartnerName: boolean;
  drafts: BulkDraft[];
  /** Customers left out, and why: without a known company name there is nobody to address. */
  skipped: { tenantId: string; reason: 'no-company-name' | 'invalid' }[];
}

/**
 * One "accept the MCA" invitation per customer, each in the customer's language, ready to save as .eml files; what cannot
 * be drafted is listed rather than lost.
 */
export function draftBulkInvitations(customers: readonly BulkCustomer[], settings: DraftSettings, now: Date): BulkDrafts {
  const partnerName =
    typeof settings.partnerName === 'string' && settings.partnerName.trim() ? settings.partnerName.trim() : undefined;
  const signature =
    typeof settings.emailSignature === 'string' && settings.emailSignature.trim() ? settings.emailSignature : undefined;
  const result: BulkDrafts = { missingPartnerName: partnerName === undefined, drafts: [], skipped: [] };
  if (partnerName === undefined) return result;
  const names = new Set<string>();
  for (const customer of customers) {
    if (!customer.companyName.trim()) {
      result.skipped.push({ tenantId: customer.tenantId, reason: 'no-company-name' });
      continue;
    }
    const locale = defaultLocale({ customer, settings });
    try {
      const rendered = renderInvitation(
        {
          kind: 'accept-mca',
          locale,
          customer: { companyName: customer.companyName, tenantId: customer.tenantId },
          partner: { name: partnerName, ...(signature && { signature }) },
        },
        { now },
      );
      // Two customers may share a name: the tenant id keeps each file apart.
      let filename = emlFileName(rendered.subject);
      if (names.has(filename)) filename = filename.replace(/\.eml$/, `-${customer.tenantId.slice(0, 8)}.eml`);
      names.add(filename);
      result.drafts.push({
        tenantId: customer.tenantId,
        companyName: customer.companyName,
        locale,
        filename,
        eml: toEml(rendered),
      });
    } catch {
      result.skipped.push({ tenantId: customer.tenantId, reason: 'invalid' });
    }
  }
  return result;
}
