// What every API handler receives, and what it returns.
import type { IncomingMessage } from 'node:http';
import type { SandboxClock } from '../clock';
import type { AttestationStore } from '../data/attestations';
import type { SandboxStore } from '../data/store';
import type { Principal } from '../auth/jwt';
import type { RequestIds } from '../http/request-ids';
import type { SandboxOptions } from '../options';
import type { Timers } from '../timers';
import type { DocumentLinks } from './agreement-documents';

export interface ApiState {
  origin: string;
  options: SandboxOptions;
  clock: SandboxClock;
  store: SandboxStore;
  attestations: AttestationStore;
  documents: DocumentLinks;
  timers: Timers;
  /** What the API has answered so far, for benchmarks and humans: every request, and those refused with 429. */
  traffic: { requests: number; throttled: number };
}

export interface ApiRequest {
  req: IncomingMessage;
  url: URL;
  /** The path's captured segments, decoded. */
  params: string[];
  principal: Principal;
  ids: RequestIds;
  now: Date;
  /** The JSON body; a body that is not JSON is a 400. */
  json(): Promise<unknown>;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type ApiHandler = (request: ApiRequest, state: ApiState) => Promise<ApiResponse> | ApiResponse;

/** Which tokens a route takes, per docs/partner-center-api.md §4.1; `by-body` routes decide once they have read the body. */
export type RouteAuth = 'any' | 'app+user' | 'app-only' | 'by-body';

export interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  auth: RouteAuth;
  handle: ApiHandler;
}

export const ok = (body: unknown, status = 200): ApiResponse => ({ status, body });
