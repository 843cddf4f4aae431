import { useEffect, useMemo, useState } from 'preact/hooks';
import { toEml, type InvitationErrorKey, type InvitationKind, type InvitationLocale } from '@/lib/email/invitations';
import { emlAddresses } from '@/lib/email-draft/addresses';
import { fieldsOf, type DraftFieldName, type DraftValues } from '@/lib/email-draft/fields';
import { emlFileName } from '@/lib/email-draft/filename';
import { placeIssues, type DraftControl, type PlacedIssues } from '@/lib/email-draft/issues';
import { draftRecord, type DraftOutlet } from '@/lib/email-draft/record';
import { renderDraft } from '@/lib/email-draft/render';
import type { Message } from '@/lib/i18n';
import type { DraftContext, DraftOutputs } from './types';

export interface Notice {
  tone: 'done' | 'failed';
  messages: Message[];
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The draft's state: what is typed, the email it makes, the problems to show, and the three ways out. */
export function useDraftForm(context: DraftContext, outputs: DraftOutputs) {
  const [kind, setKind] = useState<InvitationKind>(context.kind);
  const [locale, setLocale] = useState<InvitationLocale>(context.locale);
  const [values, setValues] = useState<DraftValues>(context.values);
  const [touched, setTouched] = useState<ReadonlySet<DraftControl>>(new Set());
  // How many times the partner tried to send an incomplete draft: each try announces the summary again.
  const [attempts, setAttempts] = useState(0);
  const attempted = attempts > 0;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [kindPicked, setKindPicked] = useState(false);

  // What is known of the customer can arrive after the form opened (the Account page was still loading): the suggested kind
  // follows it until the partner picks one.
  useEffect(() => {
    if (!kindPicked) setKind(context.kind);
  }, [context.kind]);

  const fields = fieldsOf(kind);
  const draft = useMemo(() => renderDraft(kind, locale, values, new Date()), [kind, locale, values]);
  const controls: DraftControl[] = [...fields.map((field) => field.name), 'locale'];
  const placed: PlacedIssues = draft.ok ? { byControl: {}, general: [] } : placeIssues(draft.issues, controls);
  // A problem shows once the partner has left the field, or tried to send.
  const errorOf = (control: DraftControl): InvitationErrorKey | undefined =>
    attempted || touched.has(control) ? placed.byControl[control] : undefined;

  // Another kind has other fields: its problems show only once the partner has been through them.
  const chooseKind = (next: InvitationKind) => {
    setKind(next);
    setKindPicked(true);
    setAttempts(0);
    setTouched(new Set());
    setNotice(null);
  };
  const setValue = (name: DraftFieldName, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const touch = (control: DraftControl) =>
    setTouched((current) => (current.has(control) ? current : new Set(current).add(control)));

  async function recorded(via: DraftOutlet): Promise<Message> {
    try {
      const attestationId = context.acceptanceLink.available ? context.acceptanceLink.attestationId : undefined;
      await outputs.record(draftRecord(kind, locale, values, via, new Date(), attestationId));
      return { key: 'ui.popup.done.recorded' };
    } catch (error) {
      return { key: 'ui.popup.done.notRecorded', params: { reason: reason(error) } };
    }
  }

  async function send(via: DraftOutlet): Promise<void> {
    if (!draft.ok) {
      setAttempts((count) => count + 1);
      setNotice(null);
      return;
    }
    const { email } = draft;
    setBusy(true);
    setNotice(null);
    const failed = (key: string) => setNotice({ tone: 'failed', messages: [{ key }] });
    try {
      if (via === 'copy') {
        const copied = await outputs.copy(email).catch(() => null);
        if (copied === null) return failed('ui.popup.failed.copy');
        const done = copied === 'rich' ? 'ui.popup.done.copied' : 'ui.popup.done.copiedPlain';
        setNotice({ tone: 'done', messages: [{ key: done }, await recorded('copy')] });
      } else if (via === 'eml') {
        const fileName = emlFileName(email.subject);
        let content: string;
        try {
          content = toEml(email, emlAddresses(kind, values));
        } catch {
          return failed('ui.popup.failed.download');
        }
        // Noted first: the toolbar popup may close as the browser shows the download.
        const note = await recorded('eml');
        outputs.download(fileName, content);
        setNotice({ tone: 'done', messages: [{ key: 'ui.popup.done.downloaded', params: { fileName } }, note] });
      } else {
        // A shortened mail link asks the customer's partner to paste the full email: it must be on the clipboard first.
        if (email.mailtoTruncated && (await outputs.copy(email).catch(() => null)) === null)
          return failed('ui.popup.failed.copy');
        const note = await recorded('mailto');
        const opened = await outputs.openMailto(email.mailto).then(
          () => true,
          () => false,
        );
        if (!opened) return failed('ui.popup.failed.mailto');
        setNotice({
          tone: 'done',
          messages: [{ key: email.mailtoTruncated ? 'ui.popup.done.mailtoTruncated' : 'ui.popup.done.mailto' }, note],
        });
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    kind,
    setKind: chooseKind,
    locale,
    setLocale,
    values,
    setValue,
    touch,
    fields,
    draft,
    errorOf,
    /** The problems listed in the summary, once the partner has tried to send. */
    summary: attempted && !draft.ok ? { ...placed, controls, attempt: attempts } : null,
    notice,
    busy,
    send: (via: DraftOutlet) => void send(via),
  };
}

export type DraftForm = ReturnType<typeof useDraftForm>;
