// Every response echoes MS-RequestId and MS-CorrelationId (docs/partner-center-api.md §1.2), generating them when absent.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestIds {
  requestId: string;
  correlationId: string;
  /** Whether the client sent its own MS-RequestId (only then can a retry be recognised). */
  clientRequestId: boolean;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

export function echoRequestIds(req: IncomingMessage, res: ServerResponse): RequestIds {
  const sentRequestId = header(req, 'ms-requestid');
  const ids = {
    requestId: sentRequestId ?? randomUUID(),
    correlationId: header(req, 'ms-correlationid') ?? randomUUID(),
    clientRequestId: sentRequestId !== undefined,
  };
  res.setHeader('MS-RequestId', ids.requestId);
  res.setHeader('MS-CorrelationId', ids.correlationId);
  return ids;
}
