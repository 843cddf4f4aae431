// The sandbox's own time: set to any instant, it then runs on with real time, so every rule can be tried on both sides
// of every milestone (2023-04-01, 2026-01-05, 2026-04-01…) without waiting.

export class SandboxClock {
  private anchor: number;
  private anchoredAt: number;

  constructor(start: Date = new Date()) {
    this.anchor = start.getTime();
    this.anchoredAt = Date.now();
  }

  nowMs(): number {
    return this.anchor + (Date.now() - this.anchoredAt);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  set(instant: Date | string): void {
    const date = typeof instant === 'string' ? new Date(instant) : instant;
    if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(instant)}`);
    this.anchor = date.getTime();
    this.anchoredAt = Date.now();
  }

  advance(milliseconds: number): void {
    this.anchor += milliseconds;
  }
}
