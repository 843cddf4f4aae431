import { describe, expect, it } from 'vitest';
import { isFromThisExtension, type SenderInfo } from '../../../lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isFromThisExtension', () => {
  it.each<[string, SenderInfo, boolean]>([
    ['an extension page', { id: ID, url: `${ORIGIN}sidepanel.html` }, true],
    ['the content script in a top frame', { id: ID, url: 'https://partner.microsoft.com/x', tab: { id: 3 }, frameId: 0 }, true],
    ['the content script in a sub-frame', { id: ID, url: 'https://partner.microsoft.com/x', tab: { id: 3 }, frameId: 2 }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, false],
    ['no id at all', { url: `${ORIGIN}popup.html` }, false],
    ['our id but a foreign page without a tab', { id: ID, url: 'https://evil.example/' }, false],
  ])('%s → %s', (_label, sender, expected) => {
    expect(isFromThisExtension(sender, ID, ORIGIN)).toBe(expected);
  });
});
