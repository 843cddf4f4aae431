import type { Message } from '../i18n/translator';
import { mcaMessage } from './messages';
import { CLOUD_AGREEMENT_RETIRED_AT, CURRENT_ATTESTATION_FROM, STALE_ATTESTATION_BLOCKED_FROM } from './timeline';
import type { BlockableAction, McaStatus } from './types';

export function statusLabel(status: McaStatus): Message {
  return mcaMessage(`mca.status.${status}.label`);
}

export function statusDescription(status: McaStatus): Message {
  const key = `mca.status.${status}.description` as const;
  switch (status) {
    case 'attested':
      return mcaMessage(key, { cutoff: CURRENT_ATTESTATION_FROM });
    case 'attestation-stale':
      return mcaMessage(key, { cutoff: CURRENT_ATTESTATION_FROM, blockFrom: STALE_ATTESTATION_BLOCKED_FROM });
    case 'cloud-agreement-only':
      return mcaMessage(key, { retiredAt: CLOUD_AGREEMENT_RETIRED_AT });
    default:
      return mcaMessage(key);
  }
}

export function blockedActionLabel(action: BlockableAction): Message {
  return mcaMessage(`mca.action.${action}.label`);
}

export function blockedActionDescription(action: BlockableAction): Message {
  return mcaMessage(`mca.action.${action}.description`);
}
