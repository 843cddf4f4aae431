// The API pipeline: route → injected latency → token (401) → MFA rule (401) → throttling (429) → replay of a retried
// write → injected fault (5xx) → the route's token kind (403) → the handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenIssuer } from '../auth/jwt';
import { BodyTooLargeError, readBody } from '../http/body';
import type { RequestIds } from '../http/request-ids';
import { sendJson } from '../http/respond';
import { requireAppOnly } from './attestations';
import { authenticate } from './authenticate';
import type { ApiRequest, ApiResponse, ApiState, Route } from './context';
import { ApiFailure, apiErrors } from './errors';
import { FaultInjector } from './faults';
import { IdempotencyCache } from './idempotency';
import { RateLimiter } from './rate-limit';
import { API_ROUTES } from './routes';

function findRoute(method: string | undefined, path: string): Route {
  const candidates = API_ROUTES.filter((route) => route.path.test(path));
  if (candidates.length === 0) throw apiErrors.notFound(`no resource at ${path}`);
  const route = candidates.find((candidate) => candidate.method === method);
  if (!route) throw apiErrors.methodNotAllowed(candidates.map((candidate) => candidate.method).join(', '));
  return route;
}

function pathParams(route: Route, path: string): string[] {
  return (route.path.exec(path) ?? []).slice(1).map((segment) => decodeURIComponent(segment));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw apiErrors.invalidInput(error.message);
    throw error;
  }
  if (text.trim() === '') throw apiErrors.invalidInput('a JSON body is required');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw apiErrors.invalidInput('the body is not valid JSON');
  }
}

function checkTokenKind(route: Route, request: ApiRequest): void {
  if (route.auth === 'app+user' && request.principal.kind === 'app-only') throw apiErrors.appOnlyNotSupported();
  if (route.auth === 'app-only') requireAppOnly(request.principal);
}

export class ApiRouter {
  private readonly rateLimiter: RateLimiter;
  private readonly faults: FaultInjector;
  private readonly idempotency = new IdempotencyCache();

  constructor(
    private readonly state: ApiState,
    private readonly issuer: TokenIssuer,
  ) {
    this.rateLimiter = new RateLimiter(state.options.rateLimitPerMinute);
    this.faults = new FaultInjector(state.options.seed, state.options.faultRate);
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds): Promise<void> {
    try {
      const response = await this.answer(req, url, ids);
      sendJson(res, response.status, response.body, response.headers);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      sendJson(res, error.status, error.body, error.headers);
    }
  }

  private async answer(req: IncomingMessage, url: URL, ids: RequestIds): Promise<ApiResponse> {
    const { state } = this;
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const route = findRoute(req.method, path);
    await state.timers.sleep(state.options.latencyMs);
    const now = state.clock.now();
    const principal = await authenticate(req, this.issuer, now);
    const retryAfter = this.rateLimiter.take(principal.tenantId, now.getTime());
    state.traffic.requests += 1;
    if (retryAfter !== undefined) {
      state.traffic.throttled += 1;
      throw apiErrors.throttled(retryAfter);
    }
    const idempotent = route.method === 'POST' && ids.clientRequestId;
    const earlier = idempotent ? this.idempotency.get(principal.tenantId, ids.requestId) : undefined;
    if (earlier) return earlier;
    const fault = this.faults.next();
    if (fault) throw fault;
    const request: ApiRequest = { req, url, params: pathParams(route, path), principal, ids, now, json: () => readJson(req) };
    checkTokenKind(route, request);
    const response = await this.run(route, request);
    if (idempotent && response.status < 500) this.idempotency.remember(principal.tenantId, ids.requestId, response);
    return response;
  }

  /** The handler's answer, a refusal included: a retried write must get the same refusal, not a second try. */
  private async run(route: Route, request: ApiRequest): Promise<ApiResponse> {
    try {
      return await route.handle(request, this.state);
    } catch (error) {
      if (error instanceof ApiFailure) return error;
      throw error;
    }
  }
}
