import { NavigationButtons, type Navigation } from '../app/NavigationButtons';
import { PageHeader } from '../app/PageHeader';
import { useI18n } from '../app/I18nContext';
import { DraftEditor } from './DraftEditor';
import './popup.css';
import type { DraftContext, DraftOutputs } from './types';

interface Props {
  navigation: Navigation;
  /** Null while what is known of the customer is being read. */
  context: DraftContext | null;
  outputs: DraftOutputs;
}

export function PopupApp({ navigation, context, outputs }: Props) {
  const { t } = useI18n();
  return (
    <main class="page popup">
      <PageHeader title={t('ui.popup.title')} />
      <nav class="actions popup-nav" aria-label={t('common.appName')}>
        <NavigationButtons navigation={navigation} pages={['dashboard', 'options']} />
      </nav>
      <p class="muted">{t('ui.popup.intro')}</p>
      {context ? (
        <DraftEditor context={context} outputs={outputs} />
      ) : (
        <p class="muted" role="status" aria-busy="true">
          {t('ui.popup.loading')}
        </p>
      )}
    </main>
  );
}
