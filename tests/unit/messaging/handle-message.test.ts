import { describe, expect, it } from 'vitest';
import { handleMessage } from '@/lib/messaging';
import type { SenderInfo } from '@/lib/messaging/sender';
import { EXTENSION_ID as ID, EXTENSION_ORIGIN as ORIGIN, HANDLER_CONTEXT as CONTEXT, useRuntimeStub } from './runtime-stub';

const CONTENT_SCRIPT: SenderInfo = { id: ID, url: 'https://partner.microsoft.com/dashboard', tab: { id: 3 }, frameId: 0 };
const PAGE: SenderInfo = { id: ID, url: `${ORIGIN}sidepanel.html` };
const deliver = useRuntimeStub();

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
