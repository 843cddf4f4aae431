// The pages' wording in English and French, as Partner Center shows it in each language.
import type { PortalLanguage } from '../route';

export interface PortalStrings {
  /** BCP 47 tag for `lang` and for Intl. */
  locale: string;
  productName: string;
  sandboxBadge: string;
  sandboxBadgeTitle: string;
  loading: string;
  errorTitle: string;
  loadFailed: string;
  tryAgain: string;
  breadcrumb: string;
  customers: string;
  searchLabel: string;
  searchPlaceholder: string;
  companyName: string;
  microsoftId: string;
  domain: string;
  countryRegion: string;
  noCustomers: string;
  previousPage: string;
  nextPage: string;
  pagination: string;
  range: (first: number, last: number, total: number) => string;
  customerNavigation: string;
  account: string;
  subscriptions: string;
  serviceManagement: string;
  customerAccountInfo: string;
  companyNameLabel: string;
  microsoftIdLabel: string;
  domainLabel: string;
  countryLabel: string;
  languageLabel: string;
  mcaTitle: string;
  partnerAttestationLabel: string;
  acceptanceDateLabel: string;
  directAcceptanceLabel: string;
  provided: string;
  notProvided: string;
  attestationNote: string;
  addProducts: string;
  changeQuantity: string;
  upgrade: string;
  product: string;
  quantity: string;
  billingFrequency: string;
  monthly: string;
  annual: string;
  status: string;
  active: string;
  actions: string;
  orderSubmitted: string;
  orderSubmittedDetail: string;
  close: string;
  serviceManagementIntro: string;
  adminCenters: readonly string[];
  customerNotFound: string;
  customerNotFoundDetail: (tenantId: string) => string;
  pageUnavailable: string;
  pageUnavailableDetail: string;
  backToCustomers: string;
}

const en: PortalStrings = {
  locale: 'en-US',
  productName: 'Partner Center',
  sandboxBadge: 'Sandbox',
  sandboxBadgeTitle: 'Local sandbox: not the real Partner Center',
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  loadFailed: 'This page could not be loaded.',
  tryAgain: 'Try again',
  breadcrumb: 'Breadcrumb',
  customers: 'Customers',
  searchLabel: 'Search by company name',
  searchPlaceholder: 'Search by company name',
  companyName: 'Company name',
  microsoftId: 'Microsoft ID',
  domain: 'Domain',
  countryRegion: 'Country/region',
  noCustomers: 'No customers match your search.',
  previousPage: 'Previous',
  nextPage: 'Next',
  pagination: 'Customer pages',
  range: (first, last, total) => (total === 0 ? '0 customers' : `${first}–${last} of ${total}`),
  customerNavigation: 'Customer',
  account: 'Account',
  subscriptions: 'Subscriptions',
  serviceManagement: 'Service management',
  customerAccountInfo: 'Customer account info',
  companyNameLabel: 'Company name:',
  microsoftIdLabel: 'Microsoft ID:',
  domainLabel: 'Domain:',
  countryLabel: 'Country/region:',
  languageLabel: 'Language:',
  mcaTitle: 'Microsoft Customer Agreement',
  partnerAttestationLabel: 'Partner attestation:',
  acceptanceDateLabel: 'Agreement acceptance date:',
  directAcceptanceLabel: 'Customer acceptance through Microsoft:',
  provided: 'Provided',
  notProvided: 'Not provided',
  attestationNote: 'Attestation can now only be provided through the Partner Center API.',
  addProducts: 'Add products',
  changeQuantity: 'Change quantity',
  upgrade: 'Upgrade',
  product: 'Product',
  quantity: 'Quantity',
  billingFrequency: 'Billing frequency',
  monthly: 'Monthly',
  annual: 'Annual',
  status: 'Status',
  active: 'Active',
  actions: 'Actions',
  orderSubmitted: 'Order submitted (sandbox)',
  orderSubmittedDetail: 'Nothing was ordered: this is the local sandbox.',
  close: 'Close',
  serviceManagementIntro: "Manage the customer's services in their admin centers.",
  adminCenters: ['Microsoft 365', 'Microsoft Entra ID', 'Exchange', 'SharePoint', 'Microsoft Teams'],
  customerNotFound: 'Customer not found',
  customerNotFoundDetail: (tenantId) => `No customer with the Microsoft ID ${tenantId} is linked to your partner account.`,
  pageUnavailable: 'Page not available',
  pageUnavailableDetail: 'The sandbox has only the customer pages of Partner Center.',
  backToCustomers: 'Back to customers',
};

const fr: PortalStrings = {
  locale: 'fr-FR',
  productName: 'Espace partenaires',
  sandboxBadge: 'Sandbox',
  sandboxBadgeTitle: 'Bac à sable local : pas le véritable Espace partenaires',
  loading: 'Chargement…',
  errorTitle: 'Un problème est survenu',
  loadFailed: "Cette page n'a pas pu être chargée.",
  tryAgain: 'Réessayer',
  breadcrumb: "Fil d'Ariane",
  customers: 'Clients',
  searchLabel: 'Rechercher par nom de société',
  searchPlaceholder: 'Rechercher par nom de société',
  companyName: 'Nom de la société',
  microsoftId: 'ID Microsoft',
  domain: 'Domaine',
  countryRegion: 'Pays/région',
  noCustomers: 'Aucun client ne correspond à votre recherche.',
  previousPage: 'Précédent',
  nextPage: 'Suivant',
  pagination: 'Pages de clients',
  range: (first, last, total) => (total === 0 ? '0 client' : `${first}–${last} sur ${total}`),
  customerNavigation: 'Client',
  account: 'Compte',
  subscriptions: 'Abonnements',
  serviceManagement: 'Gestion des services',
  customerAccountInfo: 'Informations sur le compte client',
  companyNameLabel: 'Nom de la société :',
  microsoftIdLabel: 'ID Microsoft :',
  domainLabel: 'Domaine :',
  countryLabel: 'Pays/région :',
  languageLabel: 'Langue :',
  mcaTitle: 'Contrat client Microsoft',
  partnerAttestationLabel: 'Attestation du partenaire :',
  acceptanceDateLabel: "Date d'acceptation du contrat :",
  directAcceptanceLabel: 'Acceptation du client via Microsoft :',
  provided: 'Fournie',
  notProvided: 'Non fournie',
  attestationNote: "L'attestation ne peut désormais être fournie que par l'API de l'Espace partenaires.",
  addProducts: 'Ajouter des produits',
  changeQuantity: 'Modifier la quantité',
  upgrade: 'Mettre à niveau',
  product: 'Produit',
  quantity: 'Quantité',
  billingFrequency: 'Fréquence de facturation',
  monthly: 'Mensuelle',
  annual: 'Annuelle',
  status: 'État',
  active: 'Actif',
  actions: 'Actions',
  orderSubmitted: 'Commande envoyée (sandbox)',
  orderSubmittedDetail: "Rien n'a été commandé : ceci est le bac à sable local.",
  close: 'Fermer',
  serviceManagementIntro: "Gérez les services du client dans ses centres d'administration.",
  adminCenters: ['Microsoft 365', 'Microsoft Entra ID', 'Exchange', 'SharePoint', 'Microsoft Teams'],
  customerNotFound: 'Client introuvable',
  customerNotFoundDetail: (tenantId) => `Aucun client avec l'ID Microsoft ${tenantId} n'est lié à votre compte partenaire.`,
  pageUnavailable: 'Page non disponible',
  pageUnavailableDetail: "Le bac à sable ne contient que les pages clients de l'Espace partenaires.",
  backToCustomers: 'Retour aux clients',
};

export function stringsFor(language: PortalLanguage): PortalStrings {
  return language === 'fr' ? fr : en;
}
