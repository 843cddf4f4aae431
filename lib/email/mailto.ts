/** Longer mailto: URLs are cut or refused by some browsers and mail clients. */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoParts {
  recipient?: string;
  subject: string;
  body: string;
}

const withCrlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

// The '@' stays literal: some clients do not decode '%40' in the address part.
function encodeRecipient(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return encodeURIComponent(address);
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/** `mailto:<to>?subject=…&body=…`, every part percent-encoded, CRLF line breaks. */
export function buildMailto({ recipient, subject, body }: MailtoParts): string {
  const to = recipient === undefined ? '' : encodeRecipient(recipient);
  return `mailto:${to}?subject=${encodeURIComponent(withCrlf(subject))}&body=${encodeURIComponent(withCrlf(body))}`;
}

const fits = (url: string) => url.length < MAILTO_MAX_LENGTH;

/**
 * The full message when it fits; otherwise the first of `shorterBodies` that fits (each tells the sender to paste the text
 * copied to the clipboard); otherwise `note` alone, with the subject cut as well if even that is too long.
 */
export function buildBoundedMailto(
  parts: MailtoParts,
  shorterBodies: readonly string[],
  note: string,
): { mailto: string; truncated: boolean } {
  const full = buildMailto(parts);
  if (fits(full)) return { mailto: full, truncated: false };
  for (const body of shorterBodies) {
    const shorter = buildMailto({ ...parts, body });
    if (fits(shorter)) return { mailto: shorter, truncated: true };
  }
  const characters = Array.from(parts.subject);
  for (let length = characters.length; length >= 0; length -= 1) {
    const subject = length === characters.length ? parts.subject : `${characters.slice(0, length).join('').trimEnd()}…`;
    const shortened = buildMailto({ ...parts, subject, body: note });
    if (fits(shortened)) return { mailto: shortened, truncated: true };
  }
  return { mailto: buildMailto({ subject: '', body: note }), truncated: true };
}
