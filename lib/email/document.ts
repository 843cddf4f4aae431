import type { InvitationLocale } from './locales';

/** An email before it is written out: the same blocks become the plain text and the HTML. */
export interface InvitationDocument {
  locale: InvitationLocale;
  subject: string;
  blocks: Block[];
  /** The `To` address for the mailto link, when known. */
  recipient?: string;
}

export interface DetailRow {
  label: string;
  value: string;
  /** Shown in a monospaced font (user names, passwords, ids), where 0/O and l/1 must not be confused. */
  verbatim?: boolean;
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'link'; url: string }
  | { type: 'steps'; items: string[] }
  | { type: 'details'; title: string; rows: DetailRow[] }
  /** `name` is the sender's name alone, for where the signature's lines do not fit. */
  | { type: 'signature'; closing: string; lines: string[]; name: string };
