/** A Partner ID (formerly MPN ID): digits only. */
export const PARTNER_ID_PATTERN = /^\d{1,12}$/;

// Line breaks in a one-line value would split an email header (subject) or fake new lines in the message.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_CHARACTERS_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

export function isSingleLine(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

export function isPlainMultiLine(value: string): boolean {
  return !CONTROL_CHARACTERS_BUT_NEWLINES.test(value);
}
