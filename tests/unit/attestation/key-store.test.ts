import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexedDbKeyStore, KEY_DB_NAME } from '@/lib/platform/app-credential-store';
import { credential } from '../support/app-credential';

afterEach(() => deleteDB(KEY_DB_NAME));

describe('the IndexedDB key store', () => {
  it('keeps the CryptoKey across a reopen: still usable, still not extractable', async () => {
    const kept = await credential('thumb-1');
    await createIndexedDbKeyStore().put(kept);

    // Each use opens and closes the database: this reads it back from a new connection, as after a browser restart.
    const [reopened] = await createIndexedDbKeyStore().list();
    expect(reopened).toMatchObject({ id: 'thumb-1', certificatePem: 'PEM thumb-1', state: 'active' });
    expect(reopened?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', reopened!.privateKey)).rejects.toThrow();
    const data = new TextEncoder().encode('client assertion');
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', reopened!.privateKey, data);
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', kept.publicKey, signature, data)).toBe(true);
  });

  it('replaces a credential by id and deletes it', async () => {
    const store = createIndexedDbKeyStore();
    await store.put(await credential('a'));
    await store.put(await credential('b'));
    await store.put({ ...(await credential('a')), state: 'previous' });
    expect((await store.list()).map((c) => [c.id, c.state])).toEqual([
      ['a', 'previous'],
      ['b', 'active'],
    ]);
    await store.delete('a');
    expect((await store.list()).map((c) => c.id)).toEqual(['b']);
  });
});
