import { useI18n } from '../app/I18nContext';
import { ApiReadingNotice } from './ApiReadingNotice';
import { BlockedActions } from './BlockedActions';
import { CustomerHistory } from './CustomerHistory';
import { EvidenceList } from './EvidenceList';
import { NextSteps } from './NextSteps';
import { StatusSummary } from './StatusSummary';
import type { CustomerRecordView, CustomerStatus, Loadable, PanelActions } from './types';

interface Props {
  tenantId: string;
  status: Loadable<CustomerStatus>;
  record: CustomerRecordView | null;
  now: Date;
  actions: PanelActions;
}

export function CustomerStatusCard({ tenantId, status, record, now, actions }: Props) {
  const { t } = useI18n();
  const name = record?.customer?.companyName;
  const domain = record?.customer?.domain;
  return (
    <article class="card customer" aria-labelledby="customer-heading" aria-busy={status.state === 'loading'}>
      <header class="customer-header">
        <div>
          <h2 id="customer-heading">{name ?? t('panel.status.heading')}</h2>
          {domain ? <p class="muted customer-domain">{t('panel.domain', { domain })}</p> : null}
          <p class="muted">
            {t('panel.tenantId')}: <code>{tenantId}</code>
          </p>
        </div>
        <button type="button" onClick={actions.refresh} disabled={status.state === 'loading'}>
          {t('panel.refresh')}
        </button>
      </header>
      <div aria-live="polite">
        {status.state === 'loading' ? (
          <p role="status">{t('panel.loading')}</p>
        ) : status.state === 'error' ? (
          <div role="alert">
            <p>{t('panel.error', { reason: status.reason })}</p>
            <button type="button" onClick={actions.refresh}>
              {t('panel.retry')}
            </button>
          </div>
        ) : (
          <>
            <ApiReadingNotice reading={status.value.api} onRetry={actions.refresh} />
            <StatusSummary assessment={status.value.assessment} />
            <BlockedActions assessment={status.value.assessment} />
            <NextSteps assessment={status.value.assessment} actions={actions} />
            <EvidenceList evidence={status.value.evidence} now={now} />
            {record ? <CustomerHistory record={record} evidence={status.value.evidence} /> : null}
          </>
        )}
      </div>
    </article>
  );
}
