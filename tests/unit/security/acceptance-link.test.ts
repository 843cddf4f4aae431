// An acceptance link that Partner Center (or something posing as it) returns is shown and sent to the customer only when it
// leads to Microsoft.
import { describe, expect, it } from 'vitest';
import { isTrustedAcceptanceLink } from '@/lib/attestation/acceptance-link';
import type { Build } from '@/lib/config/build';

describe('an acceptance link that does not lead to Microsoft', () => {
  it.each<[string, string, Build, boolean]>([
    ['a Microsoft host', 'https://partner.microsoft.com/accept/att-1', 'store', true],
    ['microsoft.com itself', 'https://microsoft.com/accept', 'store', true],
    ['plain http on Microsoft', 'http://partner.microsoft.com/accept', 'store', false],
    ['a look-alike suffix', 'https://partner.microsoft.com.evil.example/accept', 'store', false],
    ['a look-alike domain', 'https://evilmicrosoft.com/accept', 'store', false],
    ['userinfo that reads like Microsoft', 'https://partner.microsoft.com@evil.example/accept', 'store', false],
    ['another port', 'https://partner.microsoft.com:8443/accept', 'store', false],
    ['a javascript: link', 'javascript:alert(1)//microsoft.com', 'store', false],
    ['a data: link', 'data:text/html,<a href="https://microsoft.com">', 'store', false],
    ['the sandbox in the store build', 'http://127.0.0.1:4010/_sandbox/accept/att-1', 'store', false],
    ['the sandbox in the sandbox build', 'http://127.0.0.1:4010/_sandbox/accept/att-1', 'sandbox', true],
  ])('%s: %s (%s build) → %s', (_label, address, build, expected) => {
    expect(isTrustedAcceptanceLink(address, build)).toBe(expected);
  });
});
