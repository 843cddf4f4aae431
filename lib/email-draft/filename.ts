const MAX_NAME_LENGTH = 100;
// Reserved on Windows or macOS, or control characters.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A file name for the .eml from the email's subject, safe on every desktop system. */
export function emlFileName(subject: string): string {
  const cleaned = subject.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const cut = Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('');
  const name = cut.replace(/^[\s.]+|[\s.]+$/g, '');
  return `${name === '' ? 'invitation' : name}.eml`;
}
