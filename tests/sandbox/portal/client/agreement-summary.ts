// What the Account page's Microsoft Customer Agreement section shows, from the customer's agreement records.
import type { PortalLanguage } from '../route';
import type { PortalCustomer } from '../types';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface AgreementSummary {
  /** The partner attested that the customer accepted the MCA: any MicrosoftCustomerAgreement record. */
  partnerAttested: boolean;
  /** The calendar day of the latest MCA record, in UTC. */
  latestAcceptance: CalendarDay | undefined;
  directAcceptance: boolean;
}

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** `dateAgreed` comes as `2019-08-26T00:00:00`, meaning UTC; undefined when it is no date. */
export function parseDateAgreed(dateAgreed: string): number | undefined {
  const text = dateAgreed.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const time = Date.parse(HAS_ZONE.test(text) || text.length === 10 ? text : `${text}Z`);
  return Number.isNaN(time) ? undefined : time;
}

export function summarizeAgreements(customer: Pick<PortalCustomer, 'agreements' | 'directAcceptance'>): AgreementSummary {
  const mcaRecords = customer.agreements.filter((agreement) => agreement.type === 'MicrosoftCustomerAgreement');
  const times = mcaRecords.map((agreement) => parseDateAgreed(agreement.dateAgreed)).filter((time) => time !== undefined);
  const latest = times.length > 0 ? new Date(Math.max(...times)) : undefined;
  return {
    partnerAttested: mcaRecords.length > 0,
    latestAcceptance: latest && { year: latest.getUTCFullYear(), month: latest.getUTCMonth() + 1, day: latest.getUTCDate() },
    directAcceptance: customer.directAcceptance,
  };
}

/** As Partner Center writes dates: en-US `8/26/2019`, fr-FR `26/08/2019`. */
export function formatCalendarDay({ year, month, day }: CalendarDay, language: PortalLanguage): string {
  if (language === 'fr') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return `${month}/${day}/${year}`;
}
