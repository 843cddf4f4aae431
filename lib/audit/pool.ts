/**
 * Works through the items with at most `concurrency` at once. `proceed` is asked before each item (it may wait while the
 * audit is paused); false stops handing out items. The first failure stops the pool too, and is thrown once the items
 * in flight have settled.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  proceed: () => Promise<boolean>,
): Promise<'done' | 'cancelled'> {
  let next = 0;
  let cancelled = false;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && !cancelled && next < items.length) {
      if (!(await proceed())) {
        cancelled = true;
        return;
      }
      if (failure || cancelled || next >= items.length) return;
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure.error;
  return cancelled ? 'cancelled' : 'done';
}
