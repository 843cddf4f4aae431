import { CustomerFields } from './CustomerFields';
import { DraftActions } from './DraftActions';
import { KindFields } from './KindFields';
import { KindPicker } from './KindPicker';
import { PartnerFields } from './PartnerFields';
import { PreviewPane } from './PreviewPane';
import { StatusNotice } from './StatusNotice';
import type { DraftContext, DraftOutputs } from './types';
import { useDraftForm } from './useDraftForm';
import { useI18n } from '../app/I18nContext';
import { ValidationSummary } from './ValidationSummary';

/** The draft: its kind, its fields, the live preview and the ways to send it. */
export function DraftEditor({ context, outputs }: { context: DraftContext; outputs: DraftOutputs }) {
  const { t } = useI18n();
  const form = useDraftForm(context, outputs);
  return (
    <form class="draft" noValidate onSubmit={(event) => event.preventDefault()}>
      <div class="draft-fields">
        <KindPicker kind={form.kind} acceptanceLink={context.acceptanceLink} onChange={form.setKind} />
        <p class="field-hint">{t('ui.popup.requiredNote')}</p>
        <CustomerFields form={form} status={context.status} lookupFailed={context.lookupFailed} />
        <KindFields form={form} />
        <PartnerFields form={form} />
      </div>
      <div class="draft-output">
        <PreviewPane draft={form.draft} locale={form.locale} />
        <ValidationSummary issues={form.summary} />
        <DraftActions mailto={form.draft.ok ? form.draft.email.mailto : undefined} busy={form.busy} send={form.send} />
        <StatusNotice notice={form.notice} />
      </div>
    </form>
  );
}
