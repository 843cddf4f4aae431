import { mountPage } from '../../components/app/mountPage';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPageNavigation } from '../../lib/platform/navigation';
import { settingsStore } from '../../lib/platform/settings';

void createPageNavigation().then((navigation) => mountPage(<PopupApp navigation={navigation} />, settingsStore));
