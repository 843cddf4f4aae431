import { useEffect, useState } from 'preact/hooks';
import type { AttestationApi } from '@/lib/attestation/api';

type Followed = Awaited<ReturnType<AttestationApi['followed']>>[number];

/** The customer's latest attestation followed in the records, read again each time the customer's records change. */
export function useFollowedAttestation(api: AttestationApi, tenantId: string, changes: number): Followed | undefined {
  const [latest, setLatest] = useState<Followed | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.followed(tenantId).then(
      (followed) => current && setLatest(followed[0]),
      // The background may be restarting: what was shown stays until the next change.
      () => undefined,
    );
    return () => void (current = false);
  }, [tenantId, changes]);
  return latest;
}
