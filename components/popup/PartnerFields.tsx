import { fieldsInGroup } from '@/lib/email-draft/fields';
import { useI18n } from '../app/I18nContext';
import { FieldGroup } from './FieldGroup';
import type { DraftForm } from './useDraftForm';

/** The sender: the partner's name, address and signature, filled from the settings. */
export function PartnerFields({ form }: { form: DraftForm }) {
  const { t } = useI18n();
  return (
    <FieldGroup
      group="partner"
      fields={fieldsInGroup(form.kind, 'partner')}
      form={form}
      intro={<p class="field-hint">{t('ui.popup.hints.partnerGroup')}</p>}
    />
  );
}
