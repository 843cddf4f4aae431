// GET /v1/agreementtemplates/{id}/document (docs/partner-center-api.md §2.6): a new pair of links on every call, each
// expiring five minutes later (sandbox clock); the links themselves are served under /_sandbox/agreement-documents/.
import { randomBytes } from 'node:crypto';
import type { AgreementDocument } from '@/lib/partner-center/schemas';
import { CLOUD_AGREEMENT_TEMPLATE_ID, MCA_TEMPLATE_ID } from '../data/agreement-templates';
import {
  DEFAULT_TEMPLATE_COUNTRY,
  DEFAULT_TEMPLATE_LANGUAGE,
  LANGUAGE_TAG,
  isTemplateCountry,
  templateLanguageFor,
} from '../data/template-languages';
import { ok, type ApiHandler } from './context';
import { apiErrors } from './errors';

export const DOCUMENT_LINK_LIFETIME_MS = 5 * 60_000;
export const DOCUMENT_PATH = '/_sandbox/agreement-documents/';

export interface DocumentLink {
  country: string;
  language: string;
  expiresAt: number;
}

export class DocumentLinks {
  private readonly links = new Map<string, DocumentLink>();

  issue(country: string, language: string, now: number): string {
    const token = randomBytes(18).toString('base64url');
    this.links.set(token, { country, language, expiresAt: now + DOCUMENT_LINK_LIFETIME_MS });
    return token;
  }

  get(token: string): DocumentLink | undefined {
    return this.links.get(token);
  }
}

export function documentUrls(origin: string, token: string): { displayUri: string; downloadUri: string } {
  return { displayUri: `${origin}${DOCUMENT_PATH}${token}/display`, downloadUri: `${origin}${DOCUMENT_PATH}${token}/download` };
}

export const getAgreementDocument: ApiHandler = ({ url, params, now }, state) => {
  const templateId = params[0] ?? '';
  if (templateId === CLOUD_AGREEMENT_TEMPLATE_ID)
    throw apiErrors.invalidInput('documents are available for the Microsoft Customer Agreement template only');
  if (templateId !== MCA_TEMPLATE_ID)
    throw apiErrors.notFound(`agreement template '${templateId}' (template ids are case-sensitive)`);
  const country = url.searchParams.get('country') ?? DEFAULT_TEMPLATE_COUNTRY;
  if (!isTemplateCountry(country))
    throw apiErrors.invalidInput(`country '${country}' is not an upper-case ISO 3166-1 code the agreement is offered in`);
  const asked = url.searchParams.get('language') ?? DEFAULT_TEMPLATE_LANGUAGE;
  if (!LANGUAGE_TAG.test(asked)) throw apiErrors.invalidInput(`language '${asked}' is not a language tag such as fr-FR`);
  const language = templateLanguageFor(country, asked);
  const token = state.documents.issue(country, language, now.getTime());
  const document: AgreementDocument = {
    country,
    language,
    ...documentUrls(state.origin, token),
    attributes: { objectType: 'AgreementDocument' },
  };
  return ok(document);
};
