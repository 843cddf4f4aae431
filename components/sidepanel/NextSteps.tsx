import type { Assessment } from '@/lib/mca/types';
import { useI18n } from '../app/I18nContext';
import type { PanelActions } from './types';

export function NextSteps({ assessment, actions }: { assessment: Assessment; actions: PanelActions }) {
  const { t, render } = useI18n();
  return (
    <section aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">{t('panel.nextSteps.heading')}</h3>
      <ul class="next-steps">
        {assessment.nextSteps.map((step) => (
          <li key={step.message.key}>
            <p>{render(step.message)}</p>
            {step.action === 'invite-accept' ? (
              <button type="button" class="primary" onClick={() => actions.draftInvitation('accept-mca')}>
                {t('panel.nextSteps.invite')}
              </button>
            ) : step.action === 'attest' ? (
              actions.attest ? (
                <button type="button" onClick={actions.attest}>
                  {t('panel.nextSteps.attest')}
                </button>
              ) : null
            ) : step.action === 'ask-provider' ? (
              <button type="button" class="primary" onClick={() => actions.draftInvitation('indirect-provider-request')}>
                {t('panel.nextSteps.askProvider')}
              </button>
            ) : (
              <button type="button" onClick={actions.refresh}>
                {t('panel.nextSteps.refresh')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
