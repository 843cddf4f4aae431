import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PipelineState } from '@/components/dashboard/AttestationPipeline';
import { formatInstant, statusKey } from '@/components/attestation/format';
import { buildPipeline, type PipelineAction, type PipelineRow } from '@/lib/attestation/pipeline';
import type { Failure } from '@/lib/failure/failure';
import type { AppTranslator } from '@/lib/i18n';
import { handleMessage, sendMessage } from '@/lib/messaging';
import { TRACKED_ATTESTATION_STATES, type TrackedAttestation } from '@/lib/records/types';
import { attestationsCsv } from '@/lib/platform/dashboard-records';
import { downloadParts } from '@/lib/platform/download';
import { openExtensionPage } from '@/lib/platform/navigation';
import { thisExtension } from '@/lib/platform/this-extension';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The dashboard's attestation pipeline: read now and on every change the background broadcasts, and its actions. */
export function useAttestationPipeline({ t, locale }: AppTranslator) {
  const [attestations, setAttestations] = useState<TrackedAttestation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [feedback, setFeedback] = useState('');

  const reload = useCallback(
    () =>
      sendMessage('listTrackedAttestations', { states: [...TRACKED_ATTESTATION_STATES] })
        .then(({ attestations: read }) => (setAttestations(read), setError(null)))
        .catch((failure: unknown) => setError(reason(failure))),
    [],
  );
  useEffect(() => {
    void reload();
    return handleMessage('statusChanged', thisExtension(), () => (void reload(), {}));
  }, [reload]);

  const now = new Date();
  const pipeline: PipelineState =
    error !== null
      ? { state: 'error', reason: error }
      : attestations === null
        ? { state: 'loading' }
        : { state: 'ready', pipeline: buildPipeline(attestations, now) };

  const failed = (customer: string, failure: Failure) =>
    t('dashboard.pipeline.result.failed', { customer, reason: t(failure.messageKey, failure.params) });

  /** Asks the background, says what came of it, then reads the list again (the state may have moved either way). */
  const ask = async (customer: string, attestationId: string, request: () => Promise<string>) => {
    setBusy(attestationId);
    try {
      setFeedback(await request());
    } catch (failure) {
      setFeedback(t('dashboard.pipeline.result.unreachable', { customer, reason: reason(failure) }));
    } finally {
      setBusy(null);
      await reload();
    }
  };

  const act = ({ attestation: a }: PipelineRow, action: PipelineAction) => {
    const customer = a.companyName;
    const { attestationId, tenantId } = a;
    if (action === 'email-link') return void openExtensionPage('popup', { attestation: attestationId });
    if (action === 'renew') return void openExtensionPage('sidepanel', { customer: tenantId, renew: attestationId });
    if (action === 'check') {
      setFeedback(t('dashboard.pipeline.result.checking', { customer }));
      return void ask(customer, attestationId, async () => {
        const answer = await sendMessage('getAttestationStatus', { attestationId });
        if (!answer.ok) return failed(customer, answer.error);
        const key = statusKey(answer.attestation);
        const status = key
          ? t(key, { date: formatInstant(answer.attestation.acceptedAt ?? '', locale) })
          : t('dashboard.pipeline.result.otherStatus', { status: answer.attestation.status });
        return t('dashboard.pipeline.result.checked', { customer, status });
      });
    }
    setFeedback(t('dashboard.pipeline.result.completing', { customer }));
    void ask(customer, attestationId, async () => {
      const answer = await sendMessage('completeAttestation', { tenantId, attestationId });
      return answer.ok ? t('dashboard.pipeline.result.created', { customer }) : failed(customer, answer.error);
    });
  };

  const exportCsv = async () => {
    if (pipeline.state !== 'ready') return;
    const stamp = now.toISOString().slice(0, 10);
    downloadParts(await attestationsCsv(t, pipeline.pipeline), 'text/csv;charset=utf-8', `mca-attestations-${stamp}.csv`);
  };

  return { tracked: attestations ?? [], pipeline, now, busy, feedback, act, exportCsv: () => void exportCsv() };
}
