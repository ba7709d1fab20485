/**
 * Concurrent work whose results are taken in order: used by the command line and the server's scan
 * to keep the worker threads busy while the corpus index receives documents in a fixed order.
 * Protocol-free and without Node built-ins, so the web build may load it too.
 */

/**
 * Runs `analyse` over items with at most `window` outstanding, and hands each result to `accept`
 * in the items' order, whatever order the threads finish in: output order stays deterministic.
 */
export async function analyseInOrder<T, R>(
  items: readonly T[],
  window: number,
  analyse: (item: T) => Promise<R>,
  accept: (result: R, item: T, index: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let next = 0;
  let accepted = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const start = (index: number): void => {
    analyse(items[index]!).then(
      (result) => {
        results.set(index, result);
        wake?.();
      },
      (error: unknown) => {
        failure ??= error;
        wake?.();
      },
    );
  };
  while (accepted < items.length) {
    while (next < items.length && next - accepted < window) start(next++);
    if (results.has(accepted)) {
      const result = results.get(accepted)!;
      results.delete(accepted);
      accept(result, items[accepted]!, accepted);
      accepted++;
      continue;
    }
    // The task's own rejection, rethrown as it came (an Error from the analysis, or whatever a caller's task threw).
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (failure !== undefined) throw failure;
    // The executor runs at once, so a result that settles from here on finds the resolver set.
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
