import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/messaging';
import type { SenderInfo } from '../../../lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const CONTEXT = { extensionId: ID, extensionOrigin: ORIGIN };
const CONTENT_SCRIPT: SenderInfo = { id: ID, url: 'https://partner.microsoft.com/dashboard', tab: { id: 3 }, frameId: 0 };
const PAGE: SenderInfo = { id: ID, url: `${ORIGIN}sidepanel.html` };

type Listener = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) => boolean;

/** The runtime messaging of one context, as @webext-core/messaging uses it: delivers a message and returns the answer. */
let listeners: Listener[] = [];
function deliver(type: string, data: unknown, sender: SenderInfo): Promise<{ res?: unknown; err?: { message: string } }> {
  return new Promise((resolve) => {
    for (const listener of listeners) listener({ id: 1, type, data, timestamp: Date.now() }, sender, resolve as (response: unknown) => void);
  });
}

beforeEach(() => {
  listeners = [];
  const onMessage = { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => (listeners = listeners.filter((x) => x !== l)) };
  Object.assign(globalThis, { chrome: { runtime: { onMessage } } });
});
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('handleMessage', () => {
  it('answers this extension with what the handler returns', async () => {
    const stop = handleMessage('openSidePanel', CONTEXT, () => ({ opened: true }));
    expect(await deliver('openSidePanel', {}, CONTENT_SCRIPT)).toEqual({ res: { opened: true } });
    stop();
  });

  it('refuses a sender outside this extension, before the handler runs', async () => {
    let ran = false;
    const stop = handleMessage('openSidePanel', CONTEXT, () => ((ran = true), { opened: true }));
    const answer = await deliver('openSidePanel', {}, { id: 'other', url: 'chrome-extension://other/page.html' });
    expect(answer.err?.message).toBe('Refused "openSidePanel" from a sender outside this extension');
    expect(ran).toBe(false);
    stop();
  });

  it('refuses a malformed request, before the handler runs', async () => {
    let ran = false;
    const stop = handleMessage('openSidePanel', CONTEXT, () => ((ran = true), { opened: true }));
    const answer = await deliver('openSidePanel', { tenantId: 'not-a-guid' }, PAGE);
    expect(answer.err).toBeDefined();
    expect(ran).toBe(false);
    stop();
  });

  // The content script does not parse its answers; the background must never send it a malformed one.
  it('refuses to send the content script an answer that does not match its schema', async () => {
    const stop = handleMessage('openSidePanel', CONTEXT, () => ({ opened: 'yes' }) as never);
    const answer = await deliver('openSidePanel', {}, CONTENT_SCRIPT);
    expect(answer.res).toBeUndefined();
    expect(answer.err).toBeDefined();
    stop();
  });

  it('checks an asynchronous answer of a content message too', async () => {
    const stop = handleMessage('openExtensionPage', CONTEXT, async () => ({ tabId: 'seven' }) as never);
    expect((await deliver('openExtensionPage', { page: 'popup' }, CONTENT_SCRIPT)).err).toBeDefined();
    stop();
  });
});
