// One logical Partner Center call: headers, rate limit, timeout, retries, the 401 retry, and parsing with zod.
// `MS-RequestId` is the call's idempotency key: the same on every retry of the call, new for the next call.
import type { z } from 'zod';
import { mayReceiveToken } from '../config/service-origins';
import { currentBuild } from '../config/build';
import {
  type PartnerCenterError,
  errorFromResponse,
  invalidResponseError,
  networkError,
  signInError,
  originNotAllowedError,
  timeoutError,
  type RequestIds,
} from './client-error';
import { DOCUMENTED_ERROR_CODES } from './errors';
import { createRateLimiter, PARTNER_CENTER_RATE_LIMIT, type RateLimit, type RateLimiter } from './rate-limiter';
import { newGuid } from './request-id';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs, type RetryPolicy } from './retry';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
/** Calls `onTimeout` after `ms` unless the returned function is called first. */
export type SetTimer = (ms: number, onTimeout: () => void) => () => void;
export type AuthKind = 'delegated' | 'app-only';

export interface TransportOptions {
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  getAppOnlyToken?: () => Promise<string>;
  /** Told which delegated token Partner Center refused (401), so that the next `getAccessToken` renews it. */
  onUnauthorized?: (token: string) => void | Promise<void>;
  onAppOnlyUnauthorized?: (token: string) => void | Promise<void>;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** `X-Locale`: the language of the text Partner Center returns, e.g. `fr-FR`. */
  locale?: string;
  /** Partner Center's limit by default; `false` turns the limiter off. */
  rateLimit?: RateLimit | false;
  /** The partner tenant's limiter, shared with its other clients; when given, `rateLimit` is not used. */
  rateLimiter?: RateLimiter;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  setTimer?: SetTimer;
  newGuid?: () => string;
  /** One per client unless a call brings its own. */
  correlationId?: string;
}

export interface CallOptions {
  correlationId?: string;
  /** The write's own `MS-RequestId`, when it must be the same across attempts made at different times (idempotency). */
  requestId?: string;
}

export interface RequestSpec<S extends z.ZodType> extends CallOptions {
  method: 'GET' | 'POST';
  /** A path under the base URL (`/v1/...`) or an absolute URL on the base URL's origin. */
  url: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  auth: AuthKind;
  schema: S;
}

export interface ApiResponse<T> extends RequestIds {
  data: T;
  status: number;
}

const MFA_CODES: readonly string[] = [DOCUMENTED_ERROR_CODES.mfaRequired, DOCUMENTED_ERROR_CODES.mfaRequiredLegacy];
const DEFAULT_TIMEOUT_MS = 30_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const defaultSetTimer: SetTimer = (ms, onTimeout) => {
  const handle = setTimeout(onTimeout, ms);
  return () => clearTimeout(handle);
};

type Attempt = { kind: 'answer'; response: Response; text: string } | { kind: 'network'; cause: unknown } | { kind: 'timeout' };

export function createTransport(options: TransportOptions) {
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const guid = options.newGuid ?? newGuid;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const correlationId = options.correlationId ?? guid();
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const limiter =
    options.rateLimiter ??
    (options.rateLimit === false ? null : createRateLimiter({ ...(options.rateLimit ?? PARTNER_CENTER_RATE_LIMIT), now, sleep }));

  function resolveUrl(target: string, query: RequestSpec<z.ZodType>['query'], ids: RequestIds): string {
    const url = /^https?:\/\//i.test(target) ? new URL(target) : new URL(`${base.href.replace(/\/+$/, '')}${target}`);
    // The token goes only to the configured service, whatever a next link says.
    if (url.origin !== base.origin) throw invalidResponseError(200, ids, `link outside ${base.origin}`);
    if (!mayReceiveToken(url.href, 'api', currentBuild)) throw originNotAllowedError(ids, url.origin);
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
    return url.toString();
  }

  async function token(auth: AuthKind, ids: RequestIds): Promise<string> {
    const get = auth === 'app-only' ? options.getAppOnlyToken : options.getAccessToken;
    if (!get) throw signInError(ids, undefined, true);
    try {
      return await get();
    } catch (error) {
      throw signInError(ids, error, auth === 'app-only');
    }
  }

  async function attempt(url: string, init: RequestInit): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const cancel = setTimer(timeoutMs, () => {
      timedOut = true;
      controller.abort();
    });
    try {
      const response = await fetchImpl(url, { ...init, signal: controller.signal });
      const text = await response.text();
      return { kind: 'answer', response, text };
    } catch (cause) {
      return timedOut ? { kind: 'timeout' } : { kind: 'network', cause };
    } finally {
      cancel();
    }
  }

  function parse<S extends z.ZodType>(spec: RequestSpec<S>, status: number, text: string, ids: RequestIds): z.output<S> {
    let json: unknown;
    try {
      json = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      throw invalidResponseError(status, ids, 'the body is not JSON');
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
      throw invalidResponseError(status, ids, where);
    }
    return parsed.data;
  }

  async function send<S extends z.ZodType>(spec: RequestSpec<S>): Promise<ApiResponse<z.output<S>>> {
    const ids: RequestIds = { requestId: spec.requestId ?? guid(), correlationId: spec.correlationId ?? correlationId };
    const url = resolveUrl(spec.url, spec.query, ids);
    const onUnauthorized = spec.auth === 'app-only' ? options.onAppOnlyUnauthorized : options.onUnauthorized;
    let retries = 0;
    let renewedToken = false;
    for (;;) {
      await limiter?.acquire();
      const bearer = await token(spec.auth, ids);
      const headers: Record<string, string> = {
        ...spec.headers,
        Authorization: `Bearer ${bearer}`,
        Accept: 'application/json',
        'MS-RequestId': ids.requestId,
        'MS-CorrelationId': ids.correlationId,
        ...(options.locale ? { 'X-Locale': options.locale } : {}),
        ...(spec.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      };
      const init: RequestInit = {
        method: spec.method,
        headers,
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      };
      const result = await attempt(url, init);

      let error: PartnerCenterError;
      if (result.kind === 'answer' && result.response.ok) {
        return { data: parse(spec, result.response.status, result.text, ids), status: result.response.status, ...ids };
      } else if (result.kind === 'answer') {
        error = errorFromResponse(result.response.status, result.response.headers, result.text, ids, now());
      } else {
        error = result.kind === 'timeout' ? timeoutError(ids, timeoutMs) : networkError(ids, result.cause);
      }

      // An expired or revoked token: renew it once. A missing MFA claim is not cured by a new token.
      if (error.status === 401 && !renewedToken && onUnauthorized && !MFA_CODES.includes(error.code)) {
        renewedToken = true;
        await onUnauthorized(bearer);
        continue;
      }
      const tooLong = error.retryAfterSeconds !== undefined && error.retryAfterSeconds > policy.maxRetryAfterSeconds;
      if (!isRetryableStatus(error.status) || !error.retryable || tooLong || retries >= policy.maxRetries) throw error;
      await sleep(retryDelayMs(retries, error.retryAfterSeconds, policy, random));
      retries += 1;
    }
  }

  return { send, correlationId };
}

export type Transport = ReturnType<typeof createTransport>;
