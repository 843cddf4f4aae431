import { fieldsInGroup, type DraftGroup } from '@/lib/email-draft/fields';
import { FieldGroup } from './FieldGroup';
import type { DraftForm } from './useDraftForm';

const KIND_GROUPS: readonly DraftGroup[] = ['credentials', 'relationship', 'signer', 'acceptance', 'indirectProvider'];

/** The fields only the chosen kind of email has (sign-in details, relationship link, signer, acceptance link, provider). */
export function KindFields({ form }: { form: DraftForm }) {
  return (
    <>
      {KIND_GROUPS.map((group) => (
        <FieldGroup key={group} group={group} fields={fieldsInGroup(form.kind, group)} form={form} />
      ))}
    </>
  );
}
