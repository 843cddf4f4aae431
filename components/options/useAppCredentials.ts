import { useEffect, useState } from 'preact/hooks';
import type { CredentialApi, CredentialView } from '@/lib/attestation/api';
import type { Failure } from '@/lib/failure/failure';

export type CredentialNotice = 'createdNotice' | 'rotatedNotice' | 'deletedNotice';

const NO_ANSWER: Failure = { messageKey: 'attestation.errors.noAnswer', retryable: true };

/** The credentials kept in this browser, as the background describes them, and the operations on them. */
export function useAppCredentials(api: CredentialApi) {
  const [credentials, setCredentials] = useState<CredentialView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<CredentialNotice | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  const reload = async () => {
    const listed = await api.list().catch(() => ({ ok: false as const, error: NO_ANSWER }));
    if (listed.ok) setCredentials(listed.credentials);
    else {
      setError(listed.error);
      setCredentials((known) => known ?? []);
    }
  };

  useEffect(() => void reload(), []);

  async function run(operation: () => Promise<{ ok: true } | { ok: false; error: Failure }>, done: CredentialNotice) {
    setBusy(true);
    setNotice(null);
    setError(null);
    const result = await operation().catch(() => ({ ok: false as const, error: NO_ANSWER }));
    if (result.ok) setNotice(done);
    else setError(result.error);
    await reload();
    setBusy(false);
  }

  return {
    credentials,
    busy,
    notice,
    error,
    create: () => run(api.create, 'createdNotice'),
    rotate: () => run(api.rotate, 'rotatedNotice'),
    remove: (id: string) => run(() => api.remove(id), 'deletedNotice'),
  };
}
