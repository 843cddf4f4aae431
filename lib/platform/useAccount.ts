import { useEffect, useState } from 'preact/hooks';
import { handleMessage, sendMessage } from '../messaging';
import type { MessageResponse } from '../messaging/protocol';
import { thisExtension } from './this-extension';

export type AccountState = MessageResponse<'getAccount'>;
type Failure = Extract<MessageResponse<'signIn'>, { ok: false }>['error'];

export interface AccountControl {
  state: AccountState | null;
  busy: boolean;
  error: Failure | null;
  signIn(): void;
  signOut(): void;
}

/** The signed-in account as the background knows it, kept current when someone signs in or out anywhere. */
export function useAccount(): AccountControl {
  const [state, setState] = useState<AccountState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const reload = () => void sendMessage('getAccount', {}).then(setState, () => setState({ account: null, configured: false }));

  useEffect(() => {
    reload();
    return handleMessage('accountChanged', thisExtension(), () => (reload(), {}));
  }, []);

  return {
    state,
    busy,
    error,
    signIn() {
      setBusy(true);
      setError(null);
      sendMessage('signIn', {})
        .then((result) => (result.ok ? reload() : setError(result.error)))
        .catch(() => setError({ messageKey: 'auth.errors.network', retryable: true }))
        .finally(() => setBusy(false));
    },
    signOut() {
      void sendMessage('signOut', {}).then(reload);
    },
  };
}
