import { useEffect, useRef } from 'preact/hooks';
import type { AttestationApi } from '@/lib/attestation/api';
import { isBusy, progressKey, type FlowStep } from '@/lib/attestation/flow';
import { pendingAttestation } from '@/lib/attestation/history';
import { useI18n } from '../app/I18nContext';
import { AcceptanceStep } from './AcceptanceStep';
import { AttestationDone } from './AttestationDone';
import { AttestationHistory } from './AttestationHistory';
import { AttestationReview } from './AttestationReview';
import { FlowFailureNotice } from './FlowFailureNotice';
import { formatInstant } from './format';
import { SignerForm } from './SignerForm';
import { useAttestationFlow } from './useAttestationFlow';
import { useFollowedAttestation } from './useFollowedAttestation';
import { useLinkEmailedAt } from './useLinkEmailedAt';
import './attestation.css';

interface Props {
  tenantId: string;
  api: AttestationApi;
  /** Who is signed in; attesting needs someone (the background checks it again at each step). */
  attester: { name: string; username: string } | null;
  /** Changes each time the partner asks to attest (the next steps' button); 0 while they have not. */
  openRequest: number;
  now: Date;
  copyText(text: string): Promise<void>;
  /** The agreement exists: the customer's status is read again. */
  onAgreementCreated(): void;
  /** Opens the invitation draft telling the customer that Microsoft will email them about the attestation. */
  onDraftNotice(): void;
  onOpenSettings(): void;
  /** Opens the draft of the acceptance-link email to the signer of this attestation. */
  onEmailLink(attestationId: string): void;
  /** Changes when the customer's records do (e.g. the link was emailed from the popup). */
  recordsVersion: number;
  /** Asked from outside the panel (the dashboard, a notification): a new link for this expired attestation. */
  renewRequest?: { attestationId: string; at: number } | undefined;
}

const STAGES: Record<FlowStep['name'], string> = {
  closed: 'closed',
  form: 'form',
  review: 'review',
  creating: 'review',
  awaiting: 'link',
  checking: 'link',
  completing: 'link',
  done: 'done',
};

/** The enhanced attestation of the customer in the panel, and the attestations this browser made for it. */
export function AttestationSection({
  tenantId,
  api,
  attester,
  openRequest,
  now,
  copyText,
  onAgreementCreated,
  onDraftNotice,
  onOpenSettings,
  onEmailLink,
  recordsVersion,
  renewRequest,
}: Props) {
  const { t, locale } = useI18n();
  const flow = useAttestationFlow({ tenantId, api, openRequest, onAgreementCreated });
  const { state, preparation, history } = flow;
  const { step } = state;
  const section = useRef<HTMLElement>(null);
  const open = step.name !== 'closed';
  const busy = isBusy(step);
  const progress = progressKey(step);
  const followed = useFollowedAttestation(api, tenantId, recordsVersion);
  // The records' followed attestation says best where it stands; the history serves attestations made before it existed.
  const followedPending =
    followed && (followed.state === 'link-sent' || followed.state === 'accepted')
      ? { attestationId: followed.attestationId, signer: followed.signer, at: followed.createdAt }
      : undefined;
  const pending = open ? undefined : followed ? followedPending : pendingAttestation(history, now);
  const expired = !open && followed?.state === 'expired' ? followed : undefined;

  useEffect(() => {
    if (renewRequest) void flow.renew(renewRequest.attestationId);
  }, [renewRequest?.at]);
  const attestationId = 'link' in step ? step.link.attestationId : undefined;
  const linkEmailedAt = useLinkEmailedAt(api, attestationId, recordsVersion);

  // Each new stage is announced by moving to its heading (requests within a stage are announced by the status line).
  const stage = STAGES[step.name];
  useEffect(() => {
    if (!open) return;
    // A form reopened on fields to change (600061) gives the focus to the first of them instead.
    const fieldsToChange = step.name === 'form' && Object.keys(state.errors).length > 0;
    if (!fieldsToChange) section.current?.querySelector<HTMLElement>('#attestation-step-heading')?.focus();
    section.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [stage]);

  if (!open && !flow.preparing && !pending && !expired && history.length === 0) return null;

  const refusal = step.name === 'form' ? preparation?.refusal : undefined;
  return (
    <section class="card attestation" aria-labelledby="attestation-heading" aria-busy={busy || flow.preparing} ref={section}>
      <header class="attestation-header">
        <h2 id="attestation-heading">{t('attestation.section.heading')}</h2>
        {open ? (
          <button type="button" onClick={flow.close} disabled={busy}>
            {t('attestation.section.close')}
          </button>
        ) : null}
      </header>
      {open || flow.preparing ? (
        <>
          <p>{t('attestation.section.intro')}</p>
          <p class="muted app-only-statement">{t('auth.appOnly.statement')}</p>
        </>
      ) : null}
      <p class="status-line attestation-progress" role="status">
        {flow.preparing ? t('attestation.section.preparing') : progress ? t(progress) : ''}
      </p>
      {state.failure ? <FlowFailureNotice failure={state.failure} onOpenSettings={onOpenSettings} /> : null}
      {refusal ? <FlowFailureNotice failure={refusal} onOpenSettings={onOpenSettings} /> : null}
      {step.name === 'form' && !refusal ? (
        <SignerForm
          values={state.values}
          errors={state.errors}
          attempt={state.attempt}
          source={preparation?.source ?? 'none'}
          onEdit={flow.edit}
          onReview={flow.review}
        />
      ) : (step.name === 'review' || step.name === 'creating') && attester ? (
        <AttestationReview
          values={state.values}
          attester={attester}
          busy={busy}
          onBack={flow.back}
          onCreate={() => void flow.create()}
        />
      ) : step.name === 'awaiting' || step.name === 'checking' || step.name === 'completing' ? (
        <AcceptanceStep
          link={step.link}
          busy={busy}
          copyText={copyText}
          onCheck={() => void flow.check()}
          onComplete={() => void flow.complete()}
          onRenew={() => void flow.renew(step.link.attestationId)}
          linkEmailedAt={linkEmailedAt}
          onEmailLink={() => onEmailLink(step.link.attestationId)}
        />
      ) : step.name === 'done' ? (
        <AttestationDone agreement={step.agreement} onDraftNotice={onDraftNotice} />
      ) : null}
      {pending?.attestationId ? (
        <div class="pending-attestation">
          <p>
            {t('attestation.history.pending', {
              signer: `${pending.signer.firstName} ${pending.signer.lastName}`.trim(),
              date: formatInstant(pending.at, locale),
            })}
          </p>
          <button type="button" onClick={() => void flow.resume(pending.attestationId ?? '')}>
            {t('attestation.history.resume')}
          </button>
        </div>
      ) : null}
      {expired ? (
        <div class="expired-attestation">
          <p>
            {t('attestation.history.expired', {
              signer: `${expired.signer.firstName} ${expired.signer.lastName}`.trim(),
              date: formatInstant(expired.linkExpiresAt, locale),
            })}
          </p>
          <button type="button" class="primary" onClick={() => void flow.renew(expired.attestationId)}>
            {t('attestation.link.renew')}
          </button>
        </div>
      ) : null}
      <AttestationHistory records={history} />
    </section>
  );
}
