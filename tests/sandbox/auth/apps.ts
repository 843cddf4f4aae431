// App registrations, as in Entra: the extension's public (SPA) app with its redirect URIs, and a confidential app that
// signs in as itself with a certificate (standing in for the certificate an admin uploads to the app registration).
import { createHash, X509Certificate } from 'node:crypto';
import type { ExtraAppRegistration } from '../options';
import {
  SANDBOX_APP_ONLY_CLIENT_ID as APP_ONLY_CLIENT_ID,
  SANDBOX_DELEGATED_CLIENT_ID as DELEGATED_CLIENT_ID,
} from '@/lib/config/sandbox';

export { APP_ONLY_CLIENT_ID, DELEGATED_CLIENT_ID };

/** What `identity.getRedirectURL()` gives in Chrome/Edge and Firefox, and Firefox's loopback form. */
const EXTENSION_REDIRECTS = [
  /^https:\/\/[a-p]{32}\.chromiumapp\.org\/[^?#]*$/,
  /^https:\/\/[0-9a-f]+\.extensions\.allizom\.org\/[^?#]*$/,
  /^http:\/\/127\.0\.0\.1\/mozoauth2\/[^?#]+$/,
];

export interface RegisteredCertificate {
  pem: string;
  /** base64url SHA-256 of the DER certificate: the `x5t#S256` a client assertion names. */
  thumbprintSha256: string;
  /** base64url SHA-1 of the DER certificate: the older `x5t`. */
  thumbprintSha1: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

export interface AppRegistration {
  clientId: string;
  displayName: string;
  /** `spa`: public client, authorization code + PKCE, redeemed cross-origin. `confidential`: client credentials only. */
  kind: 'spa' | 'confidential';
  redirectUris: string[];
  acceptsExtensionRedirects: boolean;
  certificates: Map<string, RegisteredCertificate>;
}

export class CertificateError extends Error {}

export class AppRegistry {
  private readonly apps = new Map<string, AppRegistration>();

  constructor(extraApps: readonly ExtraAppRegistration[], extraRedirectUris: readonly string[]) {
    this.add({
      clientId: DELEGATED_CLIENT_ID,
      displayName: 'MCA Assistant (browser extension)',
      kind: 'spa',
      redirectUris: [...extraRedirectUris],
      acceptsExtensionRedirects: true,
    });
    this.add({
      clientId: APP_ONLY_CLIENT_ID,
      displayName: 'MCA Assistant (application credential)',
      kind: 'confidential',
      redirectUris: [],
      acceptsExtensionRedirects: false,
    });
    for (const app of extraApps) {
      this.add({
        clientId: app.clientId.toLowerCase(),
        displayName: `App ${app.clientId}`,
        kind: 'spa',
        redirectUris: [...app.redirectUris],
        acceptsExtensionRedirects: true,
      });
    }
  }

  private add(app: Omit<AppRegistration, 'certificates'>): void {
    this.apps.set(app.clientId, { ...app, certificates: new Map() });
  }

  get(clientId: string | null | undefined): AppRegistration | undefined {
    return clientId ? this.apps.get(clientId.toLowerCase()) : undefined;
  }

  list(): AppRegistration[] {
    return [...this.apps.values()];
  }

  /** Entra compares redirect URIs exactly; the extension patterns stand for every extension id. */
  acceptsRedirect(app: AppRegistration, redirectUri: string): boolean {
    if (app.redirectUris.includes(redirectUri)) return true;
    return app.acceptsExtensionRedirects && EXTENSION_REDIRECTS.some((pattern) => pattern.test(redirectUri));
  }

  registerCertificate(app: AppRegistration, pem: string): RegisteredCertificate {
    if (app.kind !== 'confidential') throw new CertificateError(`${app.clientId} is a public client: it cannot hold credentials`);
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(pem);
    } catch {
      throw new CertificateError('the body is not a PEM X.509 certificate');
    }
    if (certificate.publicKey.asymmetricKeyType !== 'rsa')
      throw new CertificateError('only RSA certificates are accepted (RS256 assertions)');
    const registered: RegisteredCertificate = {
      pem: certificate.toString(),
      thumbprintSha256: createHash('sha256').update(certificate.raw).digest('base64url'),
      thumbprintSha1: createHash('sha1').update(certificate.raw).digest('base64url'),
      subject: certificate.subject,
      notBefore: new Date(certificate.validFrom),
      notAfter: new Date(certificate.validTo),
    };
    app.certificates.set(registered.thumbprintSha256, registered);
    return registered;
  }

  removeCertificate(app: AppRegistration, thumbprint: string): boolean {
    const found = this.findCertificate(app, { x5tS256: thumbprint }) ?? this.findCertificate(app, { x5t: thumbprint });
    return found ? app.certificates.delete(found.thumbprintSha256) : false;
  }

  findCertificate(app: AppRegistration, header: { x5tS256?: unknown; x5t?: unknown }): RegisteredCertificate | undefined {
    if (typeof header.x5tS256 === 'string') return app.certificates.get(header.x5tS256);
    if (typeof header.x5t === 'string') return [...app.certificates.values()].find((cert) => cert.thumbprintSha1 === header.x5t);
    return undefined;
  }
}
