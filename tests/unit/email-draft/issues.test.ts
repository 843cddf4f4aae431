import { describe, expect, it } from 'vitest';
import type { InvitationInputIssue } from '@/lib/email/invitations';
import { placeIssues } from '@/lib/email-draft/issues';

const issue = (path: string[], name: string) => ({ path, messageKey: `email.errors.${name}` }) as InvitationInputIssue;

describe('placeIssues', () => {
  it.each([
    ['a field shown', [issue(['customer', 'email'], 'email')], { 'customer.email': 'email.errors.email' }, []],
    [
      'the first problem of a field',
      [issue(['partner', 'name'], 'required'), issue(['partner', 'name'], 'tooLong')],
      { 'partner.name': 'email.errors.required' },
      [],
    ],
    ['the language', [issue(['locale'], 'locale')], { locale: 'email.errors.locale' }, []],
    ['a field not shown', [issue(['signer', 'email'], 'email')], {}, ['email.errors.email']],
    ['the input as a whole, once', [issue([], 'invalid'), issue(['kind'], 'invalid')], {}, ['email.errors.invalid']],
  ])('%s', (_, issues, byControl, general) => {
    expect(placeIssues(issues, ['customer.email', 'partner.name', 'locale'])).toEqual({ byControl, general });
  });
});
