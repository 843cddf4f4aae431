// Reads what the Account page's Microsoft Customer Agreement section says, from its text content. Wording it does not know gives
// 'unknown', never a guess.
import { agreementDateOf } from '../dates/partner-center-date';
import type { CustomerEvidence } from '../mca/types';
import {
  ACCOUNT_PAGE_LABELS,
  ACCOUNT_PAGE_LANGUAGES,
  type AccountPageLabels,
  type AccountPageLanguage,
} from './account-page-labels';

export type ProvidedState = 'provided' | 'not-provided' | 'unknown';

export interface AccountPageEvidence {
  language: AccountPageLanguage | 'unknown';
  partnerAttestation: ProvidedState;
  directAcceptance: ProvidedState;
  /** Partner Center's form: `YYYY-MM-DDT00:00:00`. */
  dateAgreed?: string;
}

type Field = 'sectionTitle' | 'partnerAttestation' | 'dateAgreed' | 'directAcceptance';
const FIELDS: readonly Field[] = ['sectionTitle', 'partnerAttestation', 'dateAgreed', 'directAcceptance'];

interface FoundLabel {
  field: Field;
  start: number;
  end: number;
}

const NOTHING_READ: AccountPageEvidence = { language: 'unknown', partnerAttestation: 'unknown', directAcceptance: 'unknown' };

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const LOWER_CASE_LETTER = /^\p{Ll}/u;

/** One space for any run of whitespace, one apostrophe, one colon; case is kept so that run-together words stay apart. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032`\u00b4]/g, "'")
    .replace(/\uff1a/g, ':')
    .replace(/\s+/g, ' ')
    .trim();
}

function caseInsensitive(literal: string, anchored = false): RegExp {
  const escaped = normalize(literal).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(anchored ? `^${escaped}` : escaped, 'iu');
}

/** The first place of each field's label in the text, in reading order. */
function findLabels(text: string, labels: AccountPageLabels): FoundLabel[] {
  const found: FoundLabel[] = [];
  for (const field of FIELDS) {
    let first: FoundLabel | undefined;
    for (const label of labels[field]) {
      const match = caseInsensitive(label).exec(text);
      if (match && (!first || match.index < first.start))
        first = { field, start: match.index, end: match.index + match[0].length };
    }
    if (first) found.push(first);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text between a field's label (and its colon) and the next label; rows may run together in textContent. */
function valueOf(text: string, found: readonly FoundLabel[], field: Field): string | undefined {
  const index = found.findIndex((label) => label.field === field);
  const label = found[index];
  if (!label) return undefined;
  const end = found[index + 1]?.start ?? text.length;
  return text.slice(label.end, end).replace(/^\s*:?\s*/, '');
}

/** A whole word at the start: "Fourni" is not read from "Fournisseur", while "ProvidedEdit" (a button run into it) still reads "Provided". */
function startsWithWord(value: string, words: readonly string[]): boolean {
  return words.some((word) => {
    const match = caseInsensitive(word, true).exec(value);
    return match !== null && !LOWER_CASE_LETTER.test(value.slice(match[0].length));
  });
}

function readProvided(value: string | undefined, labels: AccountPageLabels): ProvidedState {
  if (value === undefined) return 'unknown';
  if (startsWithWord(value, labels.notProvided)) return 'not-provided';
  if (startsWithWord(value, labels.provided)) return 'provided';
  return 'unknown';
}

function readDate(value: string | undefined, labels: AccountPageLabels): string | undefined {
  if (value === undefined) return undefined;
  const iso = ISO_DATE.exec(value);
  if (iso) return agreementDateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slash = SLASH_DATE.exec(value);
  if (!slash) return undefined;
  const [first, second, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  return labels.dateOrder === 'month-day-year' ? agreementDateOf(year, first, second) : agreementDateOf(year, second, first);
}

/** The language whose labels the text holds most of; none, or a tie, reads nothing. */
function languageOf(text: string): { language: AccountPageLanguage; found: FoundLabel[] } | undefined {
  const candidates = ACCOUNT_PAGE_LANGUAGES.map((language) => ({
    language,
    found: findLabels(text, ACCOUNT_PAGE_LABELS[language]),
  }));
  candidates.sort((a, b) => b.found.length - a.found.length);
  const [best, runnerUp] = candidates;
  if (!best || best.found.length === 0 || best.found.length === runnerUp?.found.length) return undefined;
  return best;
}

export function readAccountAgreementSection(text: string): AccountPageEvidence {
  const normalized = normalize(text);
  const match = languageOf(normalized);
  if (!match) return NOTHING_READ;
  const labels = ACCOUNT_PAGE_LABELS[match.language];
  const dateAgreed = readDate(valueOf(normalized, match.found, 'dateAgreed'), labels);
  return {
    language: match.language,
    partnerAttestation: readProvided(valueOf(normalized, match.found, 'partnerAttestation'), labels),
    directAcceptance: readProvided(valueOf(normalized, match.found, 'directAcceptance'), labels),
    ...(dateAgreed && { dateAgreed }),
  };
}

/**
 * The page's reading as evidence for the rules. The section shows no Microsoft Cloud Agreement, so "not provided" counts as no agreement;
 * an attestation shown without a readable date cannot be dated, so the agreements stay unknown.
 */
export function evidenceFromAccountPage(
  page: AccountPageEvidence,
  observedAt?: string,
): Pick<CustomerEvidence, 'agreements' | 'directAcceptance'> {
  const directAcceptance = page.directAcceptance === 'unknown' ? undefined : page.directAcceptance === 'provided';
  const agreements =
    page.partnerAttestation === 'not-provided'
      ? []
      : page.partnerAttestation === 'provided' && page.dateAgreed
        ? [
            {
              type: 'MicrosoftCustomerAgreement' as const,
              dateAgreed: page.dateAgreed,
              source: 'page' as const,
              ...(observedAt && { observedAt }),
            },
          ]
        : undefined;
  return { ...(agreements && { agreements }), ...(directAcceptance !== undefined && { directAcceptance }) };
}
