import { fieldsInGroup } from '@/lib/email-draft/fields';
import { statusLabel } from '@/lib/mca';
import type { McaStatus } from '@/lib/mca/types';
import { useI18n } from '../app/I18nContext';
import { FieldGroup } from './FieldGroup';
import { LanguageSelect } from './LanguageSelect';
import type { DraftForm } from './useDraftForm';

interface Props {
  form: DraftForm;
  status?: McaStatus;
  lookupFailed: boolean;
}

/** Who the email is about, what is known of its agreement, and the language to write to it in. */
export function CustomerFields({ form, status, lookupFailed }: Props) {
  const { t, render } = useI18n();
  const intro = (
    <>
      {status ? <p class="customer-status">{t('ui.popup.customerStatus', { status: render(statusLabel(status)) })}</p> : null}
      {lookupFailed ? <p class="field-hint">{t('ui.popup.lookupFailed')}</p> : null}
    </>
  );
  return (
    <FieldGroup group="customer" fields={fieldsInGroup(form.kind, 'customer')} form={form} intro={intro}>
      <LanguageSelect locale={form.locale} error={form.errorOf('locale')} onChange={form.setLocale} />
    </FieldGroup>
  );
}
