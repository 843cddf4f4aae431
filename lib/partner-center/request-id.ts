/** A new GUID, as `MS-RequestId` and `MS-CorrelationId` take them. */
export function newGuid(): string {
  return crypto.randomUUID();
}
