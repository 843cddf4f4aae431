// /_sandbox/…: what is not Partner Center but stands in for it (customer acceptance page, agreement document links,
// the certificate upload of an app registration) and what helps a human see the sandbox (health, state).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ATTESTATION_STATUSES, type AttestationStatus } from '@/lib/partner-center/contract';
import { DOCUMENT_PATH } from './api/agreement-documents';
import { ACCEPTANCE_PATH } from './api/attestations';
import type { ApiState } from './api/context';
import { CertificateError, type AppRegistry, type RegisteredCertificate } from './auth/apps';
import { PARTNER_TENANT_ID, SANDBOX_USERS } from './auth/users';
import { attestationStatus } from './data/attestations';
import { BodyTooLargeError, readBody } from './http/body';
import { sendJson } from './http/respond';
import { handleAcceptance } from './pages/acceptance';
import { handleDocumentLink } from './pages/agreement-document';

const CERTIFICATES = /^\/_sandbox\/apps\/([^/]+)\/certificates(?:\/([^/]+))?$/;

function certificateView(clientId: string, certificate: RegisteredCertificate) {
  return {
    clientId,
    thumbprintSha256: certificate.thumbprintSha256,
    thumbprintSha1: certificate.thumbprintSha1,
    subject: certificate.subject,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
  };
}

async function readPem(req: IncomingMessage): Promise<string> {
  const text = await readBody(req);
  if (!(req.headers['content-type'] ?? '').includes('json')) return text;
  try {
    const body = JSON.parse(text) as { pem?: unknown };
    return typeof body.pem === 'string' ? body.pem : '';
  } catch {
    return '';
  }
}

async function handleCertificates(
  req: IncomingMessage,
  res: ServerResponse,
  match: RegExpExecArray,
  apps: AppRegistry,
): Promise<void> {
  const app = apps.get(decodeURIComponent(match[1] ?? ''));
  if (!app) return sendJson(res, 404, { error: 'AppNotFound', message: 'No app registration with this client id.' });
  const thumbprint = match[2] ? decodeURIComponent(match[2]) : undefined;
  if (req.method === 'GET' && !thumbprint) {
    return sendJson(res, 200, {
      clientId: app.clientId,
      certificates: [...app.certificates.values()].map((cert) => certificateView(app.clientId, cert)),
    });
  }
  if (req.method === 'DELETE' && thumbprint) {
    return apps.removeCertificate(app, thumbprint)
      ? sendJson(res, 200, { removed: thumbprint })
      : sendJson(res, 404, { error: 'CertificateNotFound', message: 'No such certificate on this app.' });
  }
  if (req.method !== 'POST' || thumbprint)
    return sendJson(res, 405, {
      error: 'MethodNotAllowed',
      message: 'POST a PEM certificate, GET the list, or DELETE /{thumbprint}.',
    });
  try {
    const certificate = apps.registerCertificate(app, await readPem(req));
    sendJson(res, 201, certificateView(app.clientId, certificate));
  } catch (error) {
    if (error instanceof CertificateError || error instanceof BodyTooLargeError)
      return sendJson(res, 400, { error: 'InvalidCertificate', message: error.message });
    throw error;
  }
}

function stateSummary(state: ApiState, apps: AppRegistry) {
  const now = state.clock.nowMs();
  const attestations = Object.fromEntries(ATTESTATION_STATUSES.map((status) => [status, 0])) as Record<AttestationStatus, number>;
  for (const attestation of state.attestations.all()) attestations[attestationStatus(attestation, now)]++;
  const { options } = state;
  return {
    now: new Date(now).toISOString(),
    partnerTenantId: PARTNER_TENANT_ID,
    seed: options.seed,
    customers: state.store.customers().length,
    customersByStatus: state.store.countsByStatus(),
    attestations,
    options: {
      rateLimitPerMinute: options.rateLimitPerMinute,
      latencyMs: options.latencyMs,
      faultRate: options.faultRate,
      timeoutMs: options.timeoutMs,
    },
    apps: apps.list().map((app) => ({
      clientId: app.clientId,
      displayName: app.displayName,
      kind: app.kind,
      certificates: app.certificates.size,
    })),
    users: SANDBOX_USERS.map(({ key, name, username, role, mfa, tenantId }) => ({ key, name, username, role, mfa, tenantId })),
  };
}

/** Handles /_sandbox/… requests; returns false for paths it does not know. */
export async function handleSandboxRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: ApiState,
  apps: AppRegistry,
): Promise<boolean> {
  const path = url.pathname;
  if (path === '/_sandbox/health') {
    sendJson(res, 200, { status: 'ok', now: state.clock.now().toISOString() });
    return true;
  }
  if (path === '/_sandbox/state') {
    sendJson(res, 200, stateSummary(state, apps));
    return true;
  }
  const certificates = CERTIFICATES.exec(path);
  if (certificates) {
    await handleCertificates(req, res, certificates, apps);
    return true;
  }
  if (path.startsWith(ACCEPTANCE_PATH) && (req.method === 'GET' || req.method === 'POST')) {
    handleAcceptance(req, res, decodeURIComponent(path.slice(ACCEPTANCE_PATH.length)), state);
    return true;
  }
  if (path.startsWith(DOCUMENT_PATH) && req.method === 'GET') {
    const [token = '', target = ''] = path.slice(DOCUMENT_PATH.length).split('/');
    handleDocumentLink(res, token, target, state.documents, state.clock);
    return true;
  }
  return false;
}
