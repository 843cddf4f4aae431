import { useEffect, useState } from 'preact/hooks';
import type { AttestationApi } from '@/lib/attestation/api';

/** When the attestation's link was last emailed, read again each time the records of the customer change. */
export function useLinkEmailedAt(api: AttestationApi, attestationId: string | undefined, changes: number): string | undefined {
  const [emailedAt, setEmailedAt] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!attestationId) return setEmailedAt(undefined);
    let current = true;
    api.tracked(attestationId).then(
      (tracked) => current && setEmailedAt(tracked?.linkEmailedAt),
      // The background may be restarting: what was shown stays until the next change.
      () => undefined,
    );
    return () => void (current = false);
  }, [attestationId, changes]);
  return emailedAt;
}
