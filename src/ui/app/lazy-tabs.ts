/**
 * The views behind the tabs, loaded when their tab is first opened: the first load brings only
 * the timeline's code (the editor's CodeMirror, the exercise, the BIA, Monte Carlo with
 * sensitivity and the continuity plan are chunks of their own). Their custom elements are
 * rendered at once and upgrade when their code arrives. Once the timeline is painted, an idle
 * moment fetches the rest, so a tab opened later opens at once.
 */
import type { Tab } from '../state/permalink.ts';
import { prefetchHeld, whenPrefetchFree } from '../state/prefetch-hold.ts';

/** A view loaded on demand: the timeline is always there; `participant` is the exercise room's. */
export type LazyView = Exclude<Tab, 'timeline'> | 'participant';

const LOADERS: Readonly<Record<LazyView, () => Promise<unknown>>> = {
  bia: () => import('../bia-view/define.ts'),
  plan: () => import('../plan-view/define.ts'),
  // with the session the app keeps for the tab (lazy-montecarlo-session.ts): one fetch for both
  montecarlo: () =>
    Promise.all([import('../montecarlo-view/define.ts'), import('../montecarlo-view/session.ts')]),
  edit: () =>
    Promise.all([import('../editor/define.ts'), import('../editor/edit-effect/define.ts')]),
  exercise: () => import('../exercise-view/define.ts'),
  participant: () => import('../exercise-view/define-participant.ts'),
};

/** In the order an idle prefetch fetches them: the most used first. */
const PREFETCH_ORDER: readonly LazyView[] = ['edit', 'bia', 'montecarlo', 'exercise', 'plan'];

const loading = new Map<LazyView, Promise<void>>();

/**
 * Loads a view's code once (later calls share the promise). A failed load (the network gone, a
 * newer build deployed meanwhile) is forgotten so that opening the tab again tries again.
 */
export function loadView(view: Tab | LazyView): Promise<void> {
  if (view === 'timeline') return Promise.resolve();
  let found = loading.get(view);
  if (found === undefined) {
    found = LOADERS[view]().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(view);
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `the ${view === 'edit' ? 'editor' : view} view could not be loaded (${reason}); check the connection and open the tab again, or reload the page`,
        );
      },
    );
    loading.set(view, found);
  }
  return found;
}

/**
 * Asks for a view's code when it is about to be shown; `report` hears of a failed load once (a
 * view already asked for is left alone, so a re-render never asks again in a loop).
 */
export function openView(view: Tab | LazyView, report: (message: string) => void): void {
  if (view === 'timeline' || loading.has(view)) return;
  loadView(view).catch((error: unknown) =>
    report(error instanceof Error ? error.message : String(error)),
  );
}

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
};

/**
 * Fetches every view's code when the browser is idle, one after the other, so the prefetch never
 * competes with the first paint. A failure is left for the tab's own load to report.
 */
export function prefetchViews(): void {
  // For the e2e test and the performance panel: no view is fetched before this, unless opened.
  performance.mark('cs-prefetch-views');
  // A page being left starts no more fetches (the navigation would only abort them).
  let leaving = false;
  window.addEventListener('beforeunload', () => (leaving = true), { once: true });
  const idle = (window as IdleWindow).requestIdleCallback;
  const later = (next: () => void): void => {
    // An idle moment while a Monte Carlo study runs waits for its end (state/prefetch-hold.ts).
    const run = (): void => (prefetchHeld() ? whenPrefetchFree(ask) : next());
    const ask = (): void => void (idle ? idle(run, { timeout: 2000 }) : setTimeout(run, 200));
    ask();
  };
  const step = (i: number): void => {
    const view = PREFETCH_ORDER[i];
    if (view === undefined) return;
    later(() => {
      if (leaving) return;
      void loadView(view)
        .catch(() => undefined)
        .then(() => step(i + 1));
    });
  };
  step(0);
}

/**
 * Starts the idle prefetch once the timeline is painted (its `cs-timeline-painted` mark), or
 * after a few seconds when the page opened on another view and no timeline is drawn.
 */
export function prefetchAfterFirstPaint(): void {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    prefetchViews();
  };
  let observer: PerformanceObserver | undefined;
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('cs-timeline-painted').length > 0) start();
    });
    observer.observe({ type: 'mark' });
  }
  setTimeout(start, 5000);
}
