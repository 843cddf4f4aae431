// The strings the content script shows on Partner Center pages: a subset of the catalogue, so the script stays small.
import enMca from './en/mca.json';
import frMca from './fr/mca.json';
import enPage from './en/page.json';
import frPage from './fr/page.json';

export const pageCatalogs = {
  en: { mca: enMca, page: enPage },
  fr: { mca: frMca, page: frPage },
};
