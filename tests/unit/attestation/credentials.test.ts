import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCredentialOperations } from '@/lib/attestation/credentials';
import { createMemoryKeyStore } from '@/lib/auth/app-credential';

const loadModule = () => import('@/lib/auth/app-credential');

function operations() {
  const changes: number[] = [];
  const store = createMemoryKeyStore();
  return { store, changes, credentials: createCredentialOperations(store, loadModule, () => changes.push(changes.length)) };
}

describe('application credential operations', () => {
  it('creates a credential and describes it without its keys, with the SHA-1 thumbprint Entra shows', async () => {
    const { credentials, changes } = operations();
    const created = await credentials.create();
    expect(Object.keys(created).sort()).toEqual(['certificatePem', 'createdAt', 'expiresAt', 'id', 'state', 'thumbprintSha1']);
    expect(created.state).toBe('active');
    expect(created.thumbprintSha1).toBe(new X509Certificate(created.certificatePem).fingerprint.replace(/:/g, ''));
    expect(await credentials.hasActive()).toBe(true);
    expect(changes).toHaveLength(1);
  });

  it('rotates: the new one active and listed first, the old one kept as previous until deleted', async () => {
    const { credentials, changes } = operations();
    const first = await credentials.create();
    const second = await credentials.rotate();
    expect((await credentials.list()).map((summary) => [summary.id, summary.state])).toEqual([
      [second.id, 'active'],
      [first.id, 'previous'],
    ]);
    await credentials.remove(first.id);
    expect((await credentials.list()).map((summary) => summary.id)).toEqual([second.id]);
    expect(changes).toHaveLength(3);
  });

  it('refuses a second first credential, and has none active once the active one is deleted', async () => {
    const { credentials } = operations();
    const created = await credentials.create();
    await expect(credentials.create()).rejects.toThrow(/rotate/);
    await credentials.remove(created.id);
    expect(await credentials.hasActive()).toBe(false);
  });
});
