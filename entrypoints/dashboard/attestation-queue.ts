import { useState } from 'preact/hooks';
import type { QueueState } from '@/components/dashboard/AttestationQueueBar';
import { attestationQueue, queueStep } from '@/lib/attestation/pipeline';
import type { BookRow } from '@/lib/book/rows';
import { openExtensionPage } from '@/lib/platform/navigation';
import type { TrackedAttestation } from '@/lib/records/types';

/** The selected customers to attest, one at a time: each opens in the side panel on its attestation form. */
export function useAttestationQueue(attestations: readonly TrackedAttestation[]) {
  const [queue, setQueue] = useState<readonly BookRow[]>([]);
  const [index, setIndex] = useState(-1);
  const [nothing, setNothing] = useState(false);

  const openAt = (rows: readonly BookRow[], at: number) => {
    setIndex(at);
    const customer = rows[at];
    if (customer) void openExtensionPage('sidepanel', { customer: customer.tenantId, attest: '1' });
  };
  const start = (rows: readonly BookRow[], selected: ReadonlySet<string>) => {
    const next = attestationQueue(rows, attestations, new Date(), selected);
    setQueue(next);
    setNothing(next.length === 0);
    openAt(next, next.length === 0 ? -1 : 0);
  };
  const step = queueStep(queue, index);
  const state: QueueState = step ? { state: 'open', step } : nothing ? { state: 'nothing-to-attest' } : { state: 'idle' };
  return {
    state,
    start,
    next: () => openAt(queue, index + 1),
    stop: () => (setQueue([]), setIndex(-1), setNothing(false)),
  };
}
