import 'reflect-metadata';
import { X509Certificate } from '@peculiar/x509';
import { base64url, decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createAppCredential,
  createAppOnlyTokenSource,
  createMemoryKeyStore,
  deleteAppCredential,
  getActiveAppCredential,
  requestAppOnlyToken,
  rotateAppCredential,
  signClientAssertion,
} from '@/lib/auth/app-credential';

const CLIENT_ID = '5a5a5a5a-0000-4000-8000-0000000a0a01';
const SETTINGS = {
  signInAuthority: 'https://login.microsoftonline.com',
  partnerTenant: 'contoso.onmicrosoft.com',
  appOnlyClientId: CLIENT_ID,
};
const TOKEN_URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token';
const NOW = Date.parse('2026-03-01T10:00:00Z');

async function sha256Thumbprint(pem: string): Promise<string> {
  const der = new X509Certificate(pem).rawData;
  return base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', der)));
}

function tokenEndpoint(expiresIn = 3600) {
  const forms: Record<string, string>[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    expect(url).toBe(TOKEN_URL);
    forms.push(Object.fromEntries(new URLSearchParams(String(init?.body))));
    return new Response(
      JSON.stringify({ token_type: 'Bearer', expires_in: expiresIn, access_token: `app-token-${forms.length}` }),
      { status: 200 },
    );
  };
  return { fetch, forms };
}

describe('app-only credential', () => {
  it('keeps a private key that cannot be exported', async () => {
    const store = createMemoryKeyStore();
    const credential = await createAppCredential(store, { now: () => NOW });
    expect(credential.privateKey.extractable).toBe(false);
    expect(credential.privateKey.algorithm).toMatchObject({
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      hash: { name: 'SHA-256' },
    });
    await expect(crypto.subtle.exportKey('pkcs8', credential.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', credential.privateKey)).rejects.toThrow();
  });

  it('exports a self-signed certificate PEM for that key, with its x5t#S256 thumbprint as id', async () => {
    const store = createMemoryKeyStore();
    const credential = await createAppCredential(store, { now: () => NOW, subject: 'CN=Contoso attestation', validityDays: 30 });
    expect(credential.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
    const certificate = new X509Certificate(credential.certificatePem);
    expect(certificate.subject).toBe('CN=Contoso attestation');
    expect(await certificate.isSelfSigned()).toBe(true);
    expect(certificate.notAfter.getTime()).toBe(NOW + 30 * 86_400_000);
    const certificateKey = await certificate.publicKey.export();
    const spki = (key: CryptoKey) => crypto.subtle.exportKey('spki', key).then((der) => Buffer.from(der).toString('base64'));
    expect(await spki(certificateKey)).toBe(await spki(credential.publicKey));
    expect(credential.id).toBe(await sha256Thumbprint(credential.certificatePem));
    expect(credential).toMatchObject({ state: 'active', createdAt: '2026-03-01T10:00:00.000Z' });
  });

  it('signs client assertions that verify against the certificate', async () => {
    const credential = await createAppCredential(createMemoryKeyStore(), { now: () => NOW });
    const assertion = await signClientAssertion({ credential, clientId: CLIENT_ID, tokenEndpoint: TOKEN_URL, now: () => NOW });
    const header = decodeProtectedHeader(assertion);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', 'x5t#S256': credential.id });
    const key = await importX509(credential.certificatePem, 'RS256');
    const { payload } = await jwtVerify(assertion, key, {
      issuer: CLIENT_ID,
      subject: CLIENT_ID,
      audience: TOKEN_URL,
      currentDate: new Date(NOW + 60_000),
    });
    expect(payload.exp).toBe(NOW / 1000 + 600);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    const again = await signClientAssertion({ credential, clientId: CLIENT_ID, tokenEndpoint: TOKEN_URL, now: () => NOW });
    expect((await jwtVerify(again, key, { currentDate: new Date(NOW) })).payload.jti).not.toBe(payload.jti);
    await expect(jwtVerify(assertion, key, { currentDate: new Date(NOW + 11 * 60_000) })).rejects.toThrow();
  });

  it('rotates: the new credential signs, the old one stays until deleted', async () => {
    const store = createMemoryKeyStore();
    const first = await createAppCredential(store, { now: () => NOW });
    await expect(createAppCredential(store)).rejects.toThrow(/rotate/);
    const second = await rotateAppCredential(store, { now: () => NOW + 1000 });
    expect(second.id).not.toBe(first.id);
    expect((await store.list()).map((c) => [c.id, c.state]).sort()).toEqual(
      [
        [first.id, 'previous'],
        [second.id, 'active'],
      ].sort(),
    );
    expect((await getActiveAppCredential(store))?.id).toBe(second.id);
    await deleteAppCredential(store, first.id);
    expect((await store.list()).map((c) => c.id)).toEqual([second.id]);
    await deleteAppCredential(store, second.id);
    expect(await getActiveAppCredential(store)).toBeNull();
  });

  it('redeems a signed assertion with the client-credentials grant for Partner Center', async () => {
    const store = createMemoryKeyStore();
    const credential = await createAppCredential(store, { now: () => NOW });
    const { fetch, forms } = tokenEndpoint();
    const token = await requestAppOnlyToken({ fetch, store, settings: SETTINGS, now: () => NOW });
    expect(token).toEqual({ accessToken: 'app-token-1', expiresAt: NOW + 3_600_000 });
    const form = forms[0] ?? {};
    expect(form).toMatchObject({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      scope: 'https://api.partnercenter.microsoft.com/.default',
    });
    const key = await importX509(credential.certificatePem, 'RS256');
    await expect(
      jwtVerify(form.client_assertion ?? '', key, { audience: TOKEN_URL, issuer: CLIENT_ID, currentDate: new Date(NOW) }),
    ).resolves.toBeDefined();
  });

  it('says what is missing: the app id, or the credential', async () => {
    const { fetch, forms } = tokenEndpoint();
    const store = createMemoryKeyStore();
    await expect(requestAppOnlyToken({ fetch, store, settings: { ...SETTINGS, appOnlyClientId: '' } })).rejects.toMatchObject({
      reason: 'not-configured',
    });
    await expect(requestAppOnlyToken({ fetch, store, settings: SETTINGS })).rejects.toMatchObject({
      reason: 'app-credential-missing',
      messageKey: 'auth.errors.appCredentialMissing',
    });
    expect(forms).toHaveLength(0);
  });

  it('the token source keeps the token in memory until shortly before expiry, shares one request, and forgets it on invalidate', async () => {
    const store = createMemoryKeyStore();
    await createAppCredential(store, { now: () => NOW });
    const { fetch, forms } = tokenEndpoint(3600);
    let time = NOW;
    const source = createAppOnlyTokenSource({ fetch, store, settings: () => SETTINGS, now: () => time });
    const first = await Promise.all([source.getToken(), source.getToken(), source.getToken()]);
    expect(first).toEqual(['app-token-1', 'app-token-1', 'app-token-1']);
    time += 50 * 60_000;
    expect(await source.getToken()).toBe('app-token-1');
    time += 6 * 60_000;
    expect(await source.getToken()).toBe('app-token-2');
    source.invalidate('app-token-1');
    expect(await source.getToken()).toBe('app-token-2');
    source.invalidate('app-token-2');
    expect(await source.getToken()).toBe('app-token-3');
    expect(forms).toHaveLength(3);
  });
});
