import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../components/app/mountPage';
import { PopupApp } from '../../components/popup/PopupApp';
import type { DraftContext } from '../../components/popup/types';
import { createPageNavigation, type Navigation } from '../../lib/platform/navigation';
import { settingsStore } from '../../lib/platform/settings';
import { loadDraftContext } from './draft-context';
import { draftOutputs } from './outputs';

function PopupPage({ navigation }: { navigation: Navigation }) {
  const [context, setContext] = useState<DraftContext | null>(null);
  useEffect(() => void loadDraftContext(new URLSearchParams(location.search)).then(setContext), []);
  return <PopupApp navigation={navigation} context={context} outputs={draftOutputs} />;
}

void createPageNavigation().then((navigation) => mountPage(<PopupPage navigation={navigation} />, settingsStore));
