// Serves the portal handler alone on a free port, with a recognisable 404 where the handler declines a request.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPortalHandler } from './handler';
import type { PortalDeps } from './types';

export const DECLINED_HEADER = 'x-portal-declined';

export interface ServedPortal {
  origin: string;
  close(): Promise<void>;
}

export async function servePortal(deps: PortalDeps): Promise<ServedPortal> {
  const handle = createPortalHandler(deps);
  const server = createServer((req, res) => {
    if (handle(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'))) return;
    res.writeHead(404, { [DECLINED_HEADER]: '1', 'content-type': 'text/plain' });
    res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
