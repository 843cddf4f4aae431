// The Partner Center sandbox on one origin (127.0.0.1 only): the API under /v1, the Entra-like sign-in under
// /{tenant}/, the sandbox's own routes under /_sandbox, then the Partner Center pages, then 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DocumentLinks } from './api/agreement-documents';
import type { ApiState } from './api/context';
import { ApiRouter } from './api/router';
import { AppRegistry } from './auth/apps';
import { GrantStore } from './auth/grants';
import { TokenIssuer } from './auth/jwt';
import { handleAuthRoute } from './auth/routes';
import type { AuthServices } from './auth/services';
import { SessionStore } from './auth/session';
import { SandboxClock } from './clock';
import { AttestationStore } from './data/attestations';
import { SandboxStore } from './data/store';
import { applyCors } from './http/cors';
import { echoRequestIds } from './http/request-ids';
import { sendJson } from './http/respond';
import { resolveOptions, type SandboxOptions } from './options';
import { createPortalHandler } from './portal/handler';
import { handleSandboxRoute } from './sandbox-routes';
import { Timers } from './timers';

export { APP_ONLY_CLIENT_ID, DELEGATED_CLIENT_ID } from './auth/apps';
export { INDIRECT_RESELLER_TENANT_ID, PARTNER_TENANT_ID, SANDBOX_USERS } from './auth/users';
export type { SandboxOptions } from './options';

const HOST = '127.0.0.1';

export interface Sandbox {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  options: SandboxOptions;
  store: SandboxStore;
  clock: SandboxClock;
  apps: AppRegistry;
  attestations: AttestationStore;
  /** Authenticated API requests answered so far, and how many of them were throttled (429). */
  traffic: ApiState['traffic'];
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startSandbox(partial: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const options = resolveOptions(partial);
  const clock = new SandboxClock(options.now ?? new Date());
  const timers = new Timers();
  const server = createServer();
  const port = await listen(server, options.port);
  const origin = `http://${HOST}:${port}`;

  // The RSA key is made off the main thread while the customer index is built.
  const issuerReady = TokenIssuer.create(origin);
  const store = SandboxStore.generate(options.seed, options.customers);
  const apps = new AppRegistry(options.extraApps, options.extraRedirectUris);
  const issuer = await issuerReady;
  const auth: AuthServices = { origin, clock, apps, grants: new GrantStore(), sessions: new SessionStore(), issuer };
  const state: ApiState = {
    origin,
    options,
    clock,
    store,
    attestations: new AttestationStore(),
    documents: new DocumentLinks(),
    timers,
    traffic: { requests: 0, throttled: 0 },
  };
  const api = new ApiRouter(state, issuer);
  const portal = options.portal ? createPortalHandler(store) : undefined;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const ids = echoRequestIds(req, res);
    if (applyCors(req, res)) return;
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) return api.handle(req, res, url, ids);
    const signIn = handleAuthRoute(req, res, url, auth);
    if (signIn) return signIn;
    if (url.pathname.startsWith('/_sandbox/') && (await handleSandboxRoute(req, res, url, state, apps))) return;
    if (portal?.(req, res, url)) return;
    sendJson(res, 404, { error: 'NotFound', message: `Nothing at ${url.pathname}` });
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: '800003', description: `Unexpected service error: ${String(error)}` });
      else res.destroy();
    });
  });

  return {
    url: origin,
    port,
    options,
    store,
    clock,
    apps,
    attestations: state.attestations,
    traffic: state.traffic,
    close: () =>
      new Promise<void>((resolve, reject) => {
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
