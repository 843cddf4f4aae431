import { describe, expect, it } from 'vitest';
import { emlFileName } from '@/lib/email-draft/filename';

describe('emlFileName', () => {
  it.each([
    ['Action required: accept the Microsoft Customer Agreement', 'Action required accept the Microsoft Customer Agreement.eml'],
    [
      'Contrat client Microsoft : action requise pour Société Éclair',
      'Contrat client Microsoft action requise pour Société Éclair.eml',
    ],
    ['a/b\\c*d?e"f<g>h|i', 'a b c d e f g h i.eml'],
    ['line\r\nbreak\ttab', 'line break tab.eml'],
    ['...hidden.', 'hidden.eml'],
    ['   ', 'invitation.eml'],
    ['???', 'invitation.eml'],
    ['é'.repeat(150), `${'é'.repeat(100)}.eml`],
  ])('%j → %j', (subject, expected) => {
    expect(emlFileName(subject)).toBe(expected);
  });
});
