// The strings the content script shows on Partner Center pages: a subset of the catalogue, so the script stays small
// (named imports let the bundler leave out the rest of each file: the reasons and next steps the side panel shows).
import { action as enAction, status as enStatus } from './en/mca.json';
import { action as frAction, status as frStatus } from './fr/mca.json';
import enPage from './en/page.json';
import frPage from './fr/page.json';

export const pageCatalogs = {
  en: { mca: { status: enStatus, action: enAction }, page: enPage },
  fr: { mca: { status: frStatus, action: frAction }, page: frPage },
};
