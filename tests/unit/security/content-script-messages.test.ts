// Attacks from a Partner Center page's content script (or a page script that got hold of it): it may ask only its own three
// messages, and the status only of the customer its tab shows, with bounded page evidence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '@/lib/messaging';
import type { MessageType } from '@/lib/messaging/protocol';
import type { SenderInfo } from '@/lib/messaging/sender';
import {
  EXTENSION_ID as ID,
  EXTENSION_ORIGIN as ORIGIN,
  HANDLER_CONTEXT as CONTEXT,
  useRuntimeStub,
} from '../messaging/runtime-stub';

const CUSTOMER = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const OTHER_CUSTOMER = '11111111-2222-4333-8444-555555555555';
const TAB_URL = `https://partner.microsoft.com/dashboard/v2/customers/${CUSTOMER}/account`;
const CONTENT_SCRIPT: SenderInfo = { id: ID, url: TAB_URL, tab: { id: 3, url: TAB_URL }, frameId: 0 };
const PAGE: SenderInfo = { id: ID, url: `${ORIGIN}dashboard.html` };
const deliver = useRuntimeStub();

let stops: (() => void)[] = [];
/** Registers a handler for one test; afterEach removes it even when the test fails. */
function listen<K extends MessageType>(type: K, handler: Parameters<typeof handleMessage<K>>[2]): void {
  stops.push(handleMessage(type, CONTEXT, handler));
}
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.restoreAllMocks();
});

const PRIVILEGED: [MessageType, unknown][] = [
  ['signOut', {}],
  ['signIn', {}],
  ['startAudit', {}],
  ['purgeOldRecords', {}],
  ['createAppCredential', {}],
  ['deleteAppCredential', { id: 'x' }],
  ['findCustomers', { query: '' }],
  ['getAttestationHistory', { tenantId: CUSTOMER }],
];

describe('a content script asking a privileged message', () => {
  it.each(PRIVILEGED)('%s from a content script is refused before its handler runs', async (type, data) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn(() => ({}) as never);
    listen(type, handler);
    const answer = await deliver(type, data, CONTENT_SCRIPT);
    expect(answer.res).toBeUndefined();
    expect(answer.err?.message).toBe(`Refused "${type}" from a content script`);
    expect(handler).not.toHaveBeenCalled();
  });

  it('is still answered when an extension page asks it', async () => {
    listen('signOut', () => ({}));
    expect(await deliver('signOut', {}, PAGE)).toEqual({ res: {} });
  });

  it('is logged once per message type, without the data it carried', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listen('recordInvitation', () => ({ id: 1 }));
    await deliver('recordInvitation', { secret: 'p@ssw0rd' }, CONTENT_SCRIPT);
    await deliver('recordInvitation', { secret: 'p@ssw0rd' }, CONTENT_SCRIPT);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('p@ssw0rd');
  });
});

describe('a content script asking the status of a customer its tab does not show', () => {
  it('is refused for another customer id', async () => {
    const handler = vi.fn(() => ({}) as never);
    listen('getCustomerStatus', handler);
    const answer = await deliver('getCustomerStatus', { tenantId: OTHER_CUSTOMER }, CONTENT_SCRIPT);
    expect(answer.err?.message).toBe('Refused "getCustomerStatus" for a customer the sender\'s tab does not show');
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a tab outside Partner Center', `https://evil.example/dashboard/v2/customers/${CUSTOMER}/account`],
    ['a tab without a URL', undefined],
    ['a look-alike host', `https://partner.microsoft.com.evil.example/dashboard/v2/customers/${CUSTOMER}/account`],
  ])('is refused from %s', async (_label, url) => {
    const handler = vi.fn(() => ({}) as never);
    listen('getCustomerStatus', handler);
    const sender = { ...CONTENT_SCRIPT, tab: { id: 3, ...(url ? { url } : {}) } };
    expect((await deliver('getCustomerStatus', { tenantId: CUSTOMER }, sender)).err).toBeDefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('reaches the handler for the customer the tab shows', async () => {
    const handler = vi.fn((data: unknown) => data as never);
    listen('getCustomerStatus', handler);
    await deliver('getCustomerStatus', { tenantId: CUSTOMER }, CONTENT_SCRIPT);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('a content script sending forged page evidence', () => {
  const page = { language: 'en', partnerAttestation: 'provided', directAcceptance: 'unknown' } as const;
  it.each([
    ['a date that is not a date', { ...page, dateAgreed: 'yesterday' }],
    ['a date that does not exist', { ...page, dateAgreed: '2024-02-31T00:00:00' }],
    ['an overlong date', { ...page, dateAgreed: `2024-01-01T00:00:00${'0'.repeat(10_000)}` }],
  ])('is refused with %s', async (_label, evidence) => {
    const handler = vi.fn(() => ({}) as never);
    listen('getCustomerStatus', handler);
    expect((await deliver('getCustomerStatus', { tenantId: CUSTOMER, page: evidence }, CONTENT_SCRIPT)).err).toBeDefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('keeps nothing beyond the fields the page reading has', async () => {
    const handler = vi.fn((data: unknown) => data as never);
    listen('getCustomerStatus', handler);
    await deliver(
      'getCustomerStatus',
      { tenantId: CUSTOMER, page: { ...page, dateAgreed: '2024-01-01T00:00:00', note: 'x'.repeat(1000) } },
      CONTENT_SCRIPT,
    );
    expect(handler.mock.calls[0]?.[0]).toEqual({ tenantId: CUSTOMER, page: { ...page, dateAgreed: '2024-01-01T00:00:00' } });
  });
});
