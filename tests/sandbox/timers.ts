// Delays the sandbox introduces on purpose (latency, hanging customers), all cancelled when it closes.

export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  sleep(milliseconds: number): Promise<void> {
    if (milliseconds <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, milliseconds);
      this.pending.add(timer);
    });
  }

  /** Abandons every pending delay: the requests waiting on them are closed with the server. */
  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
