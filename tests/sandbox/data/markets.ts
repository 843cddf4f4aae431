// Where the generated customers are and what they speak: names, cities and phone formats by language.

export type NameLanguage = 'en' | 'fr' | 'de' | 'nl';

export interface Market {
  country: string;
  /** The customer's language, e.g. `fr-FR`. */
  language: string;
  names: NameLanguage;
  cities: readonly string[];
  phonePrefix: string;
}

const market = (country: string, language: string, names: NameLanguage, cities: string[], phonePrefix: string): Market => ({
  country,
  language,
  names,
  cities,
  phonePrefix,
});

export const MARKETS = {
  FR: market('FR', 'fr-FR', 'fr', ['Paris', 'Lyon', 'Marseille', 'Nantes', 'Besançon', 'Saint-Étienne'], '+33'),
  CA_FR: market('CA', 'fr-FR', 'fr', ['Montréal', 'Québec', 'Trois-Rivières', 'Lévis'], '+1'),
  CA_EN: market('CA', 'en-US', 'en', ['Toronto', 'Vancouver', 'Calgary'], '+1'),
  BE_NL: market('BE', 'nl-NL', 'nl', ['Antwerpen', 'Gent', 'Leuven'], '+32'),
  BE_FR: market('BE', 'fr-FR', 'fr', ['Bruxelles', 'Liège', 'Namur'], '+32'),
  CH_FR: market('CH', 'fr-FR', 'fr', ['Genève', 'Lausanne', 'Neuchâtel'], '+41'),
  CH_DE: market('CH', 'de-DE', 'de', ['Zürich', 'Bern', 'Basel'], '+41'),
  LU: market('LU', 'fr-FR', 'fr', ['Luxembourg', 'Esch-sur-Alzette'], '+352'),
  US: market('US', 'en-US', 'en', ['Seattle', 'Austin', 'Boston', 'Denver'], '+1'),
  GB: market('GB', 'en-GB', 'en', ['London', 'Manchester', 'Bristol', 'Leeds'], '+44'),
  IE: market('IE', 'en-GB', 'en', ['Dublin', 'Cork', 'Galway'], '+353'),
  DE: market('DE', 'de-DE', 'de', ['München', 'Köln', 'Düsseldorf', 'Hamburg'], '+49'),
  AT: market('AT', 'de-DE', 'de', ['Wien', 'Graz', 'Salzburg'], '+43'),
  NL: market('NL', 'nl-NL', 'nl', ['Amsterdam', 'Utrecht', 'Rotterdam'], '+31'),
} satisfies Record<string, Market>;

export const MARKET_WEIGHTS: readonly { value: Market; weight: number }[] = [
  { value: MARKETS.FR, weight: 20 },
  { value: MARKETS.CA_FR, weight: 6 },
  { value: MARKETS.CA_EN, weight: 4 },
  { value: MARKETS.BE_NL, weight: 4 },
  { value: MARKETS.BE_FR, weight: 2 },
  { value: MARKETS.CH_FR, weight: 4 },
  { value: MARKETS.CH_DE, weight: 2 },
  { value: MARKETS.LU, weight: 2 },
  { value: MARKETS.US, weight: 20 },
  { value: MARKETS.GB, weight: 10 },
  { value: MARKETS.IE, weight: 3 },
  { value: MARKETS.DE, weight: 10 },
  { value: MARKETS.AT, weight: 3 },
  { value: MARKETS.NL, weight: 4 },
];

export const FIRST_NAMES: Record<NameLanguage, readonly string[]> = {
  en: ['Olivia', 'James', 'Amelia', 'Oliver', 'Isla', 'Harry', 'Grace', 'Jack', 'Chloe', 'Liam', 'Siobhán', 'Seán'],
  fr: ['Camille', 'Élodie', 'François', 'Hélène', 'Jérôme', 'Zoé', 'Loïc', 'Maëlle', 'Benoît', 'Céline', 'Anaïs', 'Gaëtan'],
  de: ['Jürgen', 'Lena', 'Matthias', 'Sophie', 'Jörg', 'Käthe', 'Lukas', 'Anna', 'Björn', 'Marie'],
  nl: ['Sanne', 'Joris', 'Femke', 'Daan', 'Lotte', 'Bram', 'Eva', 'Sem', 'Noor', 'Thijs'],
};

export const LAST_NAMES: Record<NameLanguage, readonly string[]> = {
  en: ['Smith', "O'Connor", 'Taylor', 'Brown', 'Wilson', 'Evans', 'Murphy', "O'Brien", 'Walsh', 'Clarke'],
  fr: ['Lefèvre', 'Dubois', 'Rousseau', 'Lemaître', 'Bérubé', 'Gagné', 'Côté', "D'Amour", 'Faure', 'Giraud', 'Noël'],
  de: ['Müller', 'Schröder', 'Weiß', 'Schäfer', 'Köhler', 'Groß', 'Becker', 'Hoffmann', 'Krüger', 'Wagner'],
  nl: ['de Vries', 'Janssens', 'van den Berg', 'Peeters', 'Bakker', 'Visser', 'Maes', "van 't Hof", 'Smit', 'Claes'],
};

export const COMPANY_PATTERNS: Record<NameLanguage, { prefixes: readonly string[]; suffixes: readonly string[] }> = {
  en: {
    prefixes: ['', '', 'The'],
    suffixes: ['Holdings Ltd', 'Consulting Inc.', 'Logistics LLC', '& Sons', 'Partners plc', 'Analytics'],
  },
  fr: {
    prefixes: ['Société', 'Cabinet', 'Atelier', 'Groupe', 'Boulangerie', 'Librairie', 'Transports', 'Éditions', 'Clinique'],
    suffixes: ['SARL', 'SAS', 'SA', '& Fils', 'et Associés', ''],
  },
  de: {
    prefixes: ['', 'Bäckerei', 'Brauerei', 'Autohaus'],
    suffixes: ['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'Maschinenbau GmbH'],
  },
  nl: { prefixes: ['Bakkerij', 'Transport', 'Advocatenkantoor', 'Brouwerij', ''], suffixes: ['BV', 'NV', '& Zn.', ''] },
};

/** Names that break careless HTML, CSV and string handling; they appear among the first customers of every seed. */
export const AWKWARD_COMPANY_NAMES: readonly { name: string; market: Market }[] = [
  { name: 'Société Générale d\'Études <Test> "SA"', market: MARKETS.FR },
  { name: 'Café Zoë <script>alert("x")</script>', market: MARKETS.CA_FR },
  { name: 'L\'Atelier "Crème & Brûlée" <Lyon>', market: MARKETS.FR },
  { name: 'O\'Brien & "Partners" <Ltd>', market: MARKETS.IE },
  { name: 'Müller & Söhne <GmbH> ÄÖÜß', market: MARKETS.DE },
  { name: "Ça va & Cie — Éts. « Noël », l'Île-d'Orléans", market: MARKETS.CA_FR },
  { name: 'Brouwerij \'t Hoekske <BV>, "Gent"', market: MARKETS.BE_NL },
  { name: 'Horlogerie Genève; =SUM(A1:A2) "CH"', market: MARKETS.CH_FR },
];

const slugs = new Map<string, string>();

/** ASCII, lower case, letters and digits only: for domains and e-mail addresses. Names repeat, so results are kept. */
export function slug(text: string): string {
  let result = slugs.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    slugs.set(text, result);
  }
  return result;
}
