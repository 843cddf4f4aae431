// /_sandbox/accept/{attestationId}: stands in for Microsoft's embeddable acceptance component (its real URL and look
// are unknown: contract.ts). The customer reads who attests for them and accepts; no sign-in, as third parties report.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatPartnerCenterDate } from '@/lib/partner-center/schemas';
import { documentUrls } from '../api/agreement-documents';
import type { ApiState } from '../api/context';
import { attestationStatus, type Attestation } from '../data/attestations';
import { templateLanguageFor } from '../data/template-languages';
import { html, htmlPage, type SafeHtml } from '../html';
import { sendHtml } from '../http/respond';

const TEXTS = {
  en: {
    title: 'Microsoft Customer Agreement',
    intro:
      'Your Microsoft partner asks you to review and accept the Microsoft Customer Agreement on behalf of your organisation.',
    company: 'Organisation',
    signatory: 'Signatory',
    country: 'Country',
    expires: 'This link expires on',
    read: 'Read the Microsoft Customer Agreement',
    accept: 'Accept',
    accepted: 'The Microsoft Customer Agreement was accepted on',
    thanks: 'Thank you. Your partner can now complete the confirmation.',
    expired: 'This acceptance link has expired. Ask your partner for a new one.',
    unknown: 'This acceptance link is not valid.',
    utc: 'UTC',
  },
  fr: {
    title: 'Contrat client Microsoft',
    intro:
      'Votre partenaire Microsoft vous demande de prendre connaissance du Contrat client Microsoft et de l’accepter au nom de votre organisation.',
    company: 'Organisation',
    signatory: 'Signataire',
    country: 'Pays',
    expires: 'Ce lien expire le',
    read: 'Lire le Contrat client Microsoft',
    accept: 'J’accepte',
    accepted: 'Le Contrat client Microsoft a été accepté le',
    thanks: 'Merci. Votre partenaire peut maintenant finaliser la confirmation.',
    expired: 'Ce lien d’acceptation a expiré. Demandez-en un nouveau à votre partenaire.',
    unknown: 'Ce lien d’acceptation n’est pas valide.',
    utc: 'UTC',
  },
};

type Texts = (typeof TEXTS)['en'];
const textsFor = (language: string): { lang: 'en' | 'fr'; t: Texts } =>
  language.toLowerCase().startsWith('fr') ? { lang: 'fr', t: TEXTS.fr } : { lang: 'en', t: TEXTS.en };
const shown = (instant: number) => formatPartnerCenterDate(new Date(instant)).replace('T', ' ');

function page(lang: 'en' | 'fr', t: Texts, body: SafeHtml): string {
  return htmlPage({ title: t.title, lang, body: html`<h1>${t.title}</h1>${body}` });
}

function details(attestation: Attestation, t: Texts): SafeHtml {
  const { request } = attestation;
  return html`<dl>
    <dt>${t.company}</dt><dd>${request.companyName}</dd>
    <dt>${t.signatory}</dt><dd>${request.signatoryFirstName} ${request.signatoryLastName} (${request.signatoryEmail})</dd>
    <dt>${t.country}</dt><dd>${request.country}</dd>
  </dl>`;
}

export function handleAcceptance(req: IncomingMessage, res: ServerResponse, attestationId: string, state: ApiState): void {
  const attestation = state.attestations.get(attestationId);
  if (!attestation) {
    const { lang, t } = textsFor('en');
    return sendHtml(res, 404, page(lang, t, html`<p class="error" role="alert">${t.unknown}</p>`));
  }
  const { lang, t } = textsFor(attestation.request.language);
  const now = state.clock.nowMs();
  let status = attestationStatus(attestation, now);
  if (req.method === 'POST' && status === 'linkgenerated') {
    attestation.acceptedAt = now;
    status = 'customeraccepted';
  }
  if (status === 'linkexpired') return sendHtml(res, 410, page(lang, t, html`<p class="error" role="alert">${t.expired}</p>`));
  if (attestation.acceptedAt !== undefined) {
    const body = html`${details(attestation, t)}<p role="status"><strong>${t.accepted} ${shown(attestation.acceptedAt)} ${t.utc}.</strong></p><p>${t.thanks}</p>`;
    return sendHtml(res, 200, page(lang, t, body));
  }
  const language = templateLanguageFor(attestation.request.country, attestation.request.language);
  const { displayUri } = documentUrls(state.origin, state.documents.issue(attestation.request.country, language, now));
  const body = html`
    <p>${t.intro}</p>
    ${details(attestation, t)}
    <p><a href="${displayUri}" target="_blank" rel="noopener">${t.read}</a></p>
    <p class="note">${t.expires} ${shown(attestation.linkExpiresAt)} ${t.utc}.</p>
    <form method="post"><button type="submit" id="accept">${t.accept}</button></form>`;
  sendHtml(res, 200, page(lang, t, body));
}
