// Every user-facing string, by language and namespace. English is the reference: the French catalogue must have the same keys.
import enCommon from './en/common.json';
import frCommon from './fr/common.json';

export const catalogs = {
  en: { common: enCommon },
  fr: { common: frCommon },
};
