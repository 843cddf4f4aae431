import { useEffect, useReducer, useState } from 'preact/hooks';
import type { AttestationApi, AttestationPreparationView, AttestationRecordView } from '@/lib/attestation/api';
import {
  attestationFlow,
  attestationInput,
  initialFlow,
  type AttestationFormValues,
  type FormDefaults,
} from '@/lib/attestation/flow';
import { defaultsFromTracked } from '@/lib/attestation/defaults';
import type { Failure } from '@/lib/failure/failure';

const NO_ANSWER: Failure = { messageKey: 'attestation.errors.noAnswer', retryable: true };

/** The background may be restarting (Chrome stops idle workers): a lost answer is a failure to show, not a crash. */
const answered = <T>(request: Promise<T>): Promise<T | { ok: false; error: Failure }> =>
  request.catch(() => ({ ok: false as const, error: NO_ANSWER }));

interface Options {
  tenantId: string;
  api: AttestationApi;
  /** Changes each time the partner asks to attest; 0 while they have not. */
  openRequest: number;
  /** What the form starts from beyond the customer's defaults, e.g. the signer of an expired link. */
  openDefaults?: FormDefaults;
  onAgreementCreated(): void;
}

/** Runs the attestation flow of one customer: the state machine, the background's answers, and what the browser recorded. */
export function useAttestationFlow({ tenantId, api, openRequest, openDefaults, onAgreementCreated }: Options) {
  const [state, dispatch] = useReducer(attestationFlow, tenantId, initialFlow);
  const [preparation, setPreparation] = useState<AttestationPreparationView | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [history, setHistory] = useState<AttestationRecordView[]>([]);

  const reloadHistory = () => void api.history(tenantId).then(setHistory, () => setHistory([]));
  useEffect(reloadHistory, [tenantId]);

  useEffect(() => {
    if (!openRequest) return;
    let current = true;
    setPreparing(true);
    void api
      .prepare(tenantId)
      .catch((): AttestationPreparationView => ({ defaults: {}, source: 'none' }))
      .then((prepared) => {
        if (!current) return;
        setPreparation(prepared);
        dispatch({ type: 'open', defaults: { ...prepared.defaults, ...openDefaults } });
      })
      .finally(() => current && setPreparing(false));
    return () => void (current = false);
  }, [openRequest]);

  const link = 'link' in state.step ? state.step.link : null;

  return {
    state,
    preparation,
    preparing,
    history,
    edit: (field: keyof AttestationFormValues, value: string) => dispatch({ type: 'edit', field, value }),
    review: () => dispatch({ type: 'review' }),
    back: () => dispatch({ type: 'back' }),
    close: () => dispatch({ type: 'close' }),
    async create() {
      dispatch({ type: 'create' });
      const result = await answered(api.start(attestationInput(state)));
      dispatch(result.ok ? { type: 'created', link: result.attestation } : { type: 'failed', failure: result.error });
      reloadHistory();
    },
    async check() {
      if (!link) return;
      dispatch({ type: 'check' });
      const result = await answered(api.status(link.attestationId));
      dispatch(result.ok ? { type: 'checked', link: result.attestation } : { type: 'failed', failure: result.error });
    },
    async complete() {
      if (!link) return;
      dispatch({ type: 'complete' });
      const result = await answered(api.complete(tenantId, link.attestationId));
      dispatch(result.ok ? { type: 'completed', agreement: result.agreement } : { type: 'failed', failure: result.error });
      reloadHistory();
      if (result.ok) onAgreementCreated();
    },
    /** A new link for an expired attestation: its signer and customer as the records keep them, straight to the review. */
    async renew(attestationId: string) {
      const tracked = await api.tracked(attestationId).catch(() => null);
      const prepared = tracked ? undefined : await api.prepare(tenantId).catch(() => undefined);
      dispatch({ type: 'renew', defaults: tracked ? defaultsFromTracked(tracked) : (prepared?.defaults ?? {}) });
    },
    async resume(attestationId: string) {
      const result = await answered(api.status(attestationId));
      dispatch(result.ok ? { type: 'resume', link: result.attestation } : { type: 'failed', failure: result.error });
    },
  };
}
