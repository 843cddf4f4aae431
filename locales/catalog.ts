// Every user-facing string, by language and namespace. English is the reference: the French catalogue must have the same keys.
import enAttestation from './en/attestation.json';
import frAttestation from './fr/attestation.json';
import enAuth from './en/auth.json';
import frAuth from './fr/auth.json';
import enCommon from './en/common.json';
import frCommon from './fr/common.json';
import enDashboard from './en/dashboard.json';
import frDashboard from './fr/dashboard.json';
import enEmail from './en/email.json';
import frEmail from './fr/email.json';
import enErrors from './en/errors.json';
import frErrors from './fr/errors.json';
import enMca from './en/mca.json';
import frMca from './fr/mca.json';
import enPage from './en/page.json';
import enPanel from './en/panel.json';
import frPanel from './fr/panel.json';
import frPage from './fr/page.json';
import enRecords from './en/records.json';
import frRecords from './fr/records.json';
import enSettings from './en/settings.json';
import frSettings from './fr/settings.json';
import enUi from './en/ui.json';
import frUi from './fr/ui.json';

export const catalogs = {
  en: {
    auth: enAuth,
    common: enCommon,
    email: enEmail,
    errors: enErrors,
    mca: enMca,
    settings: enSettings,
    ui: enUi,
    page: enPage,
    panel: enPanel,
    records: enRecords,
    dashboard: enDashboard,
    attestation: enAttestation,
  },
  fr: {
    auth: frAuth,
    common: frCommon,
    email: frEmail,
    errors: frErrors,
    mca: frMca,
    settings: frSettings,
    ui: frUi,
    page: frPage,
    panel: frPanel,
    records: frRecords,
    dashboard: frDashboard,
    attestation: frAttestation,
  },
};
