// MS-RequestId as an idempotency key (docs/partner-center-api.md §1.2): a write retried with the same id gets the first
// answer again instead of being done twice.
import type { ApiResponse } from './context';

export class IdempotencyCache {
  private readonly answers = new Map<string, ApiResponse>();

  get(tenantId: string, requestId: string): ApiResponse | undefined {
    return this.answers.get(`${tenantId}:${requestId}`);
  }

  remember(tenantId: string, requestId: string, response: ApiResponse): void {
    this.answers.set(`${tenantId}:${requestId}`, response);
  }
}
