const MINUTE_MS = 60_000;

/** Customers finished per minute over the last minute, and the time the rest should take at that pace. */
export function createRateMeter(now: () => number) {
  const startedAt = now();
  let finishedAt: number[] = [];
  const trim = (time: number) => {
    const from = time - MINUTE_MS;
    if (finishedAt.length > 0 && (finishedAt[0] as number) <= from) finishedAt = finishedAt.filter((at) => at > from);
  };
  return {
    finished(count = 1): void {
      const time = now();
      for (let i = 0; i < count; i += 1) finishedAt.push(time);
    },
    ratePerMinute(): number {
      const time = now();
      trim(time);
      // Over the first minute, the pace so far; a zero-length span says nothing yet.
      const spanMs = Math.min(MINUTE_MS, time - startedAt);
      return spanMs > 0 ? (finishedAt.length * MINUTE_MS) / spanMs : 0;
    },
    etaMs(remaining: number): number | undefined {
      const rate = this.ratePerMinute();
      return rate > 0 ? Math.round((Math.max(0, remaining) / rate) * MINUTE_MS) : undefined;
    },
  };
}
