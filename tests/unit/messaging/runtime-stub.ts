// The runtime messaging of one context, as @webext-core/messaging uses it, for tests of the background's handlers.
import { afterEach, beforeEach } from 'vitest';
import type { SenderInfo } from '@/lib/messaging/sender';

type Listener = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) => boolean;

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const HANDLER_CONTEXT = { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN };

/** Installs a `chrome.runtime.onMessage` stand-in around each test; `deliver` sends one message and returns the answer. */
export function useRuntimeStub() {
  let listeners: Listener[] = [];
  beforeEach(() => {
    listeners = [];
    const onMessage = {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => (listeners = listeners.filter((x) => x !== l)),
    };
    Object.assign(globalThis, { chrome: { runtime: { onMessage } } });
  });
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });
  return function deliver(
    type: string,
    data: unknown,
    sender: SenderInfo,
  ): Promise<{ res?: unknown; err?: { message: string } }> {
    return new Promise((resolve) => {
      for (const listener of listeners)
        listener({ id: 1, type, data, timestamp: Date.now() }, sender, resolve as (response: unknown) => void);
    });
  };
}
