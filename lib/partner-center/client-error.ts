// Every failure of the Partner Center client, whether Partner Center answered or not.
import type { AppMessageKey, MessageParams } from '../i18n';
import { describeApiError } from './errors';
import { parseRetryAfter, retryAfterFromMessage } from './retry';
import { apiErrorSchema, throttledResponseSchema } from './schemas';

/** Codes of failures that are ours rather than Partner Center's (its own codes are numbers or PascalCase names). */
export const CLIENT_ERROR_CODES = {
  network: 'network',
  timeout: 'timeout',
  invalidResponse: 'invalid-response',
  invalidRequest: 'invalid-request',
  signIn: 'sign-in',
  appCredentialMissing: 'app-credential-missing',
  originNotAllowed: 'origin-not-allowed',
} as const;

export interface RequestIds {
  requestId: string;
  correlationId: string;
}

export interface PartnerCenterErrorInit extends RequestIds {
  /** HTTP status; 0 when no answer came. */
  status: number;
  code: string;
  description: string;
  retryable: boolean;
  messageKey: AppMessageKey;
  messageParams?: MessageParams;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class PartnerCenterError extends Error {
  readonly status: number;
  readonly code: string;
  readonly description: string;
  readonly requestId: string;
  readonly correlationId: string;
  readonly retryable: boolean;
  readonly messageKey: AppMessageKey;
  readonly messageParams: MessageParams;
  readonly retryAfterSeconds?: number;

  constructor(init: PartnerCenterErrorInit) {
    super(
      `Partner Center ${init.status || 'request'} ${init.code}: ${init.description}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'PartnerCenterError';
    this.status = init.status;
    this.code = init.code;
    this.description = init.description;
    this.requestId = init.requestId;
    this.correlationId = init.correlationId;
    this.retryable = init.retryable;
    this.messageKey = init.messageKey;
    this.messageParams = init.messageParams ?? {};
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A non-2xx answer: Partner Center's error body (docs/partner-center-api.md §1.3), the throttling body, or anything else. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  text: string,
  ids: RequestIds,
  now: number,
): PartnerCenterError {
  const body = parseJson(text);
  const fault = apiErrorSchema.safeParse(body);
  const throttled = throttledResponseSchema.safeParse(body);
  const code = fault.success ? fault.data.code : '';
  const described = describeApiError({ status, code });
  const retryAfterSeconds =
    parseRetryAfter(headers.get('Retry-After'), now) ??
    (throttled.success ? retryAfterFromMessage(throttled.data.message) : undefined);
  return new PartnerCenterError({
    ...ids,
    status,
    code: code || String(status),
    description: fault.success ? fault.data.description : throttled.success ? throttled.data.message : `HTTP ${status}`,
    retryable: fault.success && typeof fault.data.isRetryable === 'boolean' ? fault.data.isRetryable : described.retryable,
    messageKey: described.key,
    ...(described.params ? { messageParams: described.params } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

export function networkError(ids: RequestIds, cause: unknown): PartnerCenterError {
  const described = describeApiError({ status: 'offline' });
  return new PartnerCenterError({
    ...ids,
    status: 0,
    code: CLIENT_ERROR_CODES.network,
    description: 'Partner Center could not be reached',
    retryable: described.retryable,
    messageKey: described.key,
    cause,
  });
}

export function timeoutError(ids: RequestIds, timeoutMs: number): PartnerCenterError {
  return new PartnerCenterError({
    ...ids,
    status: 0,
    code: CLIENT_ERROR_CODES.timeout,
    description: `no complete answer within ${timeoutMs} ms`,
    retryable: true,
    messageKey: 'errors.request.timeout',
  });
}

/** A 2xx whose body is not what the schema says: reported here rather than failing later where it is used. */
export function invalidResponseError(status: number, ids: RequestIds, detail: string): PartnerCenterError {
  const described = describeApiError({ status: 'unparseable' });
  return new PartnerCenterError({
    ...ids,
    status,
    code: CLIENT_ERROR_CODES.invalidResponse,
    description: detail,
    retryable: described.retryable,
    messageKey: described.key,
  });
}

export function invalidRequestError(ids: RequestIds, detail: string): PartnerCenterError {
  return new PartnerCenterError({
    ...ids,
    status: 0,
    code: CLIENT_ERROR_CODES.invalidRequest,
    description: detail,
    retryable: false,
    messageKey: 'errors.request.invalid',
  });
}

/** The API address is not one of Microsoft's (lib/config/service-origins): nothing was sent, no token left the extension. */
export function originNotAllowedError(ids: RequestIds, origin: string): PartnerCenterError {
  return new PartnerCenterError({
    ...ids,
    status: 0,
    code: CLIENT_ERROR_CODES.originNotAllowed,
    description: `${origin} is not a Partner Center origin`,
    retryable: false,
    messageKey: 'errors.request.originNotAllowed',
    messageParams: { origin },
  });
}

/** The token could not be had: the sign-in's own message (e.g. "sign in to continue") is kept. */
export function signInError(ids: RequestIds, cause: unknown, appOnly: boolean): PartnerCenterError {
  const messageKey =
    typeof cause === 'object' && cause !== null && 'messageKey' in cause && typeof cause.messageKey === 'string'
      ? (cause.messageKey as AppMessageKey)
      : appOnly
        ? 'errors.attestation.appOnlyRequired'
        : 'errors.auth.tokenExpired';
  const params = typeof cause === 'object' && cause !== null && 'params' in cause ? (cause.params as MessageParams) : undefined;
  return new PartnerCenterError({
    ...ids,
    status: 0,
    code: appOnly && !cause ? CLIENT_ERROR_CODES.appCredentialMissing : CLIENT_ERROR_CODES.signIn,
    description: cause instanceof Error ? cause.message : 'no access token',
    retryable: false,
    messageKey,
    ...(params ? { messageParams: params } : {}),
    cause,
  });
}
