import type { ComponentChildren } from 'preact';
import { serviceOriginChoices } from '@/lib/config/service-origins';
import { UI_LOCALES } from '@/lib/i18n';
import { PARTNER_ROLES } from '@/lib/mca/types';
import { currentBuild } from '@/lib/config/build';
import { INVITATION_LANGUAGES } from '@/lib/settings/fields';
import { useI18n } from '../app/I18nContext';
import { CheckboxSetting, SelectSetting, TextAreaSetting, TextSetting, type FieldContext } from './controls';

const GUID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <fieldset class="card settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

interface Props {
  context: FieldContext;
  /** Shown in the sign-in section, after the app ids. */
  signInExtra?: ComponentChildren;
  /** Shown in the records section, after the retention. */
  recordsExtra?: ComponentChildren;
}

export function SettingsForm({ context, signInExtra, recordsExtra }: Props) {
  const { t } = useI18n();
  const uiLanguages = (['auto', ...UI_LOCALES] as const).map((value) => ({ value, label: t(`common.language.${value}`) }));
  const roles = [
    { value: '', label: t('settings.roles.none') },
    ...PARTNER_ROLES.map((value) => ({ value, label: t(`settings.roles.${value}`) })),
  ];
  const origins = (role: 'api' | 'sign-in', current: string) =>
    serviceOriginChoices(role, currentBuild, current).map((value) => ({ value, label: value }));
  const invitationLanguages = INVITATION_LANGUAGES.map((value) => ({ value, label: t(`settings.invitationLanguages.${value}`) }));
  return (
    <>
      <Section title={t('settings.sections.general')}>
        <SelectSetting field="uiLanguage" context={context} options={uiLanguages} />
      </Section>
      <Section title={t('settings.sections.organisation')}>
        <TextSetting field="partnerName" context={context} />
        <SelectSetting field="partnerRole" context={context} options={roles} />
        <TextSetting field="partnerTenant" context={context} placeholder="contoso.onmicrosoft.com" />
      </Section>
      <Section title={t('settings.sections.invitations')}>
        <SelectSetting field="defaultInvitationLanguage" context={context} options={invitationLanguages} />
        <TextAreaSetting field="emailSignature" context={context} />
      </Section>
      <Section title={t('settings.sections.records')}>
        <TextSetting
          field="recordRetentionDays"
          context={context}
          type="number"
          placeholder={t('settings.retention.keepEverything')}
        />
        {recordsExtra}
      </Section>
      <Section title={t('settings.sections.attestations')}>
        <CheckboxSetting field="createAgreementMyself" context={context} />
        <CheckboxSetting field="attestationNotifications" context={context} />
      </Section>
      <Section title={t('settings.sections.signIn')}>
        <TextSetting field="delegatedClientId" context={context} placeholder={GUID_PLACEHOLDER} />
        <TextSetting field="appOnlyClientId" context={context} placeholder={GUID_PLACEHOLDER} />
        {signInExtra}
      </Section>
      <Section title={t('settings.sections.advanced')}>
        <SelectSetting field="apiBaseUrl" context={context} options={origins('api', context.draft.apiBaseUrl)} />
        <SelectSetting field="signInAuthority" context={context} options={origins('sign-in', context.draft.signInAuthority)} />
        <TextSetting field="apiRequestsPerMinute" context={context} type="number" />
      </Section>
    </>
  );
}
