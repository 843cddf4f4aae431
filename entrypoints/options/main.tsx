import { mountPage } from '../../components/app/mountPage';
import { OptionsApp } from '../../components/options/OptionsApp';
import { settingsStore } from '../../lib/platform/settings';

mountPage(<OptionsApp settings={settingsStore} />, settingsStore);
