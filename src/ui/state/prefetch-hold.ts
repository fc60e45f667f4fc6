/**
 * Work on the Monte Carlo pool holds the idle prefetch of the other tabs' code
 * (app/lazy-tabs.ts): while the workers run, the page's main thread has idle moments, and a
 * prefetch that evaluates other views' modules in them takes CPU from the workers (a first
 * tornado paid ~50-60 ms for it on two cores). The prefetch goes on once no hold is left.
 */
let holds = 0;
let waiting: (() => void)[] = [];

/** Holds the prefetch until the returned function is called (calling it again does nothing). */
export function holdPrefetch(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds > 0) return;
    const resume = waiting;
    waiting = [];
    for (const next of resume) next();
  };
}

/** Whether some work holds the prefetch now. */
export const prefetchHeld = (): boolean => holds > 0;

/** Calls `next` once no work holds the prefetch (at once when none does). */
export function whenPrefetchFree(next: () => void): void {
  if (holds === 0) next();
  else waiting.push(next);
}
