// The wording of a customer's Account page (the Microsoft Customer Agreement section, the customer's account info), per language. To read one more language, add
// its code to AccountPageLanguage and its entry below. Matching ignores case, runs of whitespace and the kind of apostrophe or colon.
// Sources: Microsoft's docs for the title and the date label (docs/partner-center-api.md §6.2, S24, S26).

export type AccountPageLanguage = 'en' | 'fr';

/** Order of the parts of a slash-separated date; ISO dates (YYYY-MM-DD) are read in every language. */
export type DateOrder = 'month-day-year' | 'day-month-year';

export interface AccountPageLabels {
  sectionTitle: readonly string[];
  partnerAttestation: readonly string[];
  dateAgreed: readonly string[];
  directAcceptance: readonly string[];
  /** Values, recognised at the start of the text that follows a label when no lower-case letter follows them; negatives are tried first. */
  notProvided: readonly string[];
  provided: readonly string[];
  dateOrder: DateOrder;
  /** Labels of the customer's account info, read on every customer page that shows them. */
  companyName: readonly string[];
  domain: readonly string[];
  countryRegion: readonly string[];
  language: readonly string[];
}

export const ACCOUNT_PAGE_LABELS: Readonly<Record<AccountPageLanguage, AccountPageLabels>> = {
  en: {
    sectionTitle: ['Microsoft Customer Agreement'],
    partnerAttestation: ['Partner attestation'],
    dateAgreed: ['Agreement acceptance date'],
    directAcceptance: ['Customer acceptance through Microsoft'],
    notProvided: ['Not provided'],
    provided: ['Provided'],
    dateOrder: 'month-day-year',
    companyName: ['Company name', 'Customer name'],
    domain: ['Domain', 'Primary domain name', 'Domain name'],
    countryRegion: ['Country/region', 'Country or region', 'Country'],
    language: ['Language'],
  },
  fr: {
    sectionTitle: ['Contrat client Microsoft'],
    // "Attestation de partenaire" and "par le biais de" are the wordings of Microsoft's French docs.
    partnerAttestation: ['Attestation du partenaire', 'Attestation de partenaire'],
    dateAgreed: ["Date d'acceptation du contrat", "Date d'acceptation de l'accord"],
    directAcceptance: ['Acceptation du client via Microsoft', 'Acceptation du client par le biais de Microsoft'],
    notProvided: ['Non fourni', 'Non fournie', 'Non fourni(e)', 'Non fournis', 'Non fournies'],
    provided: ['Fourni', 'Fournie', 'Fourni(e)', 'Fournis', 'Fournies'],
    dateOrder: 'day-month-year',
    companyName: ['Nom de la société', "Nom de l'entreprise", 'Nom du client'],
    domain: ['Domaine', 'Nom de domaine principal', 'Nom de domaine'],
    countryRegion: ['Pays/région', 'Pays ou région', 'Pays'],
    language: ['Langue'],
  },
};

export const ACCOUNT_PAGE_LANGUAGES = Object.keys(ACCOUNT_PAGE_LABELS) as AccountPageLanguage[];
