// The key that attests in the partner's name: reached only through the attestation service, and replaced all or nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryKeyStore, rotateAppCredential, type AppCredentialKeyStore } from '@/lib/auth/app-credential';
import { createIndexedDbKeyStore, KEY_DB_NAME } from '@/lib/platform/app-credential-store';
import { credential } from '../support/app-credential';

const states = async (store: AppCredentialKeyStore) => (await store.list()).map((c) => [c.id, c.state]).sort();

afterEach(() => deleteDB(KEY_DB_NAME));

describe('a key rotation interrupted half-way', () => {
  it('in IndexedDB leaves the previous key active and adds none', async () => {
    const store = createIndexedDbKeyStore();
    await store.makeActive(await credential('old'));
    // A value IndexedDB cannot keep fails the write after the old key was demoted in the same transaction.
    const unstorable = { ...(await credential('new')), certificatePem: (() => 'x') as unknown as string };
    await expect(store.makeActive(unstorable)).rejects.toThrow();
    expect(await states(store)).toEqual([['old', 'active']]);
  });

  it('in IndexedDB, done, leaves exactly one active key and the old one previous', async () => {
    const store = createIndexedDbKeyStore();
    await store.makeActive(await credential('old'));
    await store.makeActive(await credential('new'));
    expect(await states(store)).toEqual([
      ['new', 'active'],
      ['old', 'previous'],
    ]);
  });

  it('through rotateAppCredential: a store failing at the switch keeps the old key active', async () => {
    const memory = createMemoryKeyStore();
    await memory.makeActive(await credential('old'));
    const failing: AppCredentialKeyStore = { ...memory, makeActive: () => Promise.reject(new Error('worker stopped')) };
    await expect(rotateAppCredential(failing)).rejects.toThrow('worker stopped');
    expect(await states(memory)).toEqual([['old', 'active']]);
  });
});

describe('a module reaching for the attestation key store', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('finds that only the attestation client imports it, and only the attestation service imports that', () => {
    const files = ['lib', 'entrypoints', 'components']
      .flatMap(sources)
      .map((file) => [file.replaceAll('\\', '/'), readFileSync(file, 'utf8')] as const);
    const importing = (module: string) =>
      files.filter(([, text]) => new RegExp(`from '[./]*(?:platform/)?${module}'`).test(text)).map(([file]) => file);
    expect(importing('app-credential-store')).toEqual(['lib/platform/attestation-client.ts']);
    expect(importing('attestation-client')).toEqual(['lib/platform/services/attestation.ts']);
  });
});
