import { describe, expect, it } from 'vitest';
import { isAppMessageKey } from '@/lib/i18n/message-key';

describe('isAppMessageKey', () => {
  it.each([
    ['a message', 'auth.errors.network', true],
    ['a message of another namespace', 'errors.service.unknown', true],
    ['a namespace', 'auth', false],
    ['a group of messages', 'auth.errors', false],
    ['a message that does not exist', 'auth.errors.unheardOf', false],
    ['a path through a message', 'auth.errors.network.more', false],
    ['an inherited property', 'constructor', false],
    ['an inherited property inside a namespace', 'auth.toString', false],
    ['nothing', '', false],
  ])('%s', (_label, key, expected) => {
    expect(isAppMessageKey(key)).toBe(expected);
  });
});
