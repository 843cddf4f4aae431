import { strToU8, zipSync } from 'fflate';
import type { BookRow } from '@/lib/book/rows';
import { draftBulkInvitations } from '@/lib/email-draft/bulk';
import { sendMessage } from '@/lib/messaging';
import { downloadParts } from '@/lib/platform/download';
import { settingsStore } from '@/lib/platform/settings';
import type { SelectionOutcome } from '@/components/dashboard/SelectionBar';

/**
 * One invitation per selected customer, in its language, saved as a .zip of .eml files (fflate: a small, well-kept zip
 * writer; browsers block a burst of separate downloads), each recorded locally without its text.
 */
export async function draftSelectedInvitations(rows: readonly BookRow[], stamp: string): Promise<SelectionOutcome> {
  const now = new Date();
  const result = draftBulkInvitations(rows, await settingsStore.load(), now);
  if (result.missingPartnerName) return { state: 'no-partner-name' };
  if (result.drafts.length > 0) {
    const zip = zipSync(Object.fromEntries(result.drafts.map((draft) => [draft.filename, strToU8(draft.eml)])));
    downloadParts([zip], 'application/zip', `mca-invitations-${stamp}.zip`);
    await Promise.all(
      result.drafts.map((draft) =>
        sendMessage('recordInvitation', {
          tenantId: draft.tenantId,
          companyName: draft.companyName,
          kind: 'accept-mca',
          locale: draft.locale,
          via: 'eml',
          at: now.toISOString(),
        }),
      ),
    );
  }
  return { state: 'drafted', count: result.drafts.length, skipped: result.skipped.length };
}
