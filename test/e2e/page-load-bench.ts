/**
 * Page load to a drawn bank timeline, for `npm run bench` (ui-bench.ts): from navigation start to
 * the `cs-timeline-painted` mark, with a cold cache (a fresh browser context each time) and a
 * warm one (the same context, loaded again), the median of several; and the waterfall of the
 * last cold load (what the page fetched before the timeline was painted). It asserts nothing.
 */
import type { Browser, Page } from 'playwright-core';

export interface LoadFigures {
  readonly cold: number[];
  readonly warm: number[];
  readonly domContentLoaded: number[];
  /** Each cold load's start-up marks (ms from navigation start), by name; NaN when not reached. */
  readonly marks: Readonly<Record<string, number[]>>;
  /** The last cold load's requests: [name, start ms, end ms, bytes over the wire]. */
  readonly waterfall: readonly (readonly [string, number, number, number])[];
}

/** The start-up moments the bench reports: the app chose the scenario, the worker's run arrived, drawn. */
const MARKS = [
  'cs-worker-started',
  'cs-worker-ready',
  'cs-early-run-start',
  'cs-early-run-end',
  'cs-scenario-chosen',
  'cs-early-run',
  'cs-timeline-drawn',
] as const;

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Milliseconds from navigation start to the painted timeline (polled: CSP forbids waitForFunction). */
async function painted(page: Page): Promise<number> {
  while (!(await page.evaluate(`performance.getEntriesByName('cs-timeline-painted').length > 0`)))
    await page.waitForTimeout(5);
  return page.evaluate(`performance.getEntriesByName('cs-timeline-painted')[0].startTime`);
}

export async function pageLoadFigures(
  browser: Browser,
  url: string,
  runs = 7,
): Promise<LoadFigures> {
  const cold: number[] = [];
  const warm: number[] = [];
  const domContentLoaded: number[] = [];
  const marks: Record<string, number[]> = Object.fromEntries(MARKS.map((m) => [m, []]));
  let waterfall: (readonly [string, number, number, number])[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addInitScript(() => window.localStorage.setItem('cs-tour-done', 'bench'));
    const page = await context.newPage();
    await page.goto(url);
    cold.push(await painted(page));
    domContentLoaded.push(
      await page.evaluate(`performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`),
    );
    for (const name of MARKS)
      marks[name]!.push(
        await page.evaluate(
          `performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? NaN`,
        ),
      );
    const before = cold.at(-1) ?? 0;
    waterfall = await page.evaluate(`performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= ${before})
      .map((e) => [e.name.replace(/^.*\\//, ''), e.startTime, e.responseEnd, e.transferSize])`);
    await page.goto(url);
    warm.push(await painted(page));
    await context.close();
  }
  return { cold, warm, domContentLoaded, marks, waterfall };
}

/** The lines `npm run bench` prints. */
export function describeLoad(f: LoadFigures): string[] {
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  return [
    `Page load to the bank's painted timeline (target <= 400 ms): cold cache median ${ms(median(f.cold))} (${f.cold.map(ms).join(', ')}), warm cache median ${ms(median(f.warm))} (${f.warm.map(ms).join(', ')}); DOMContentLoaded median ${ms(median(f.domContentLoaded))}`,
    `  cold load's start-up, medians: ${Object.entries(f.marks)
      .map(([name, at]) => `${name.replace(/^cs-/, '')} ${ms(median(at))}`)
      .join(
        ', ',
      )} (worker-started: the page entry asked for it; worker-ready: its code loaded; early-run-start/end: its first run, begun before the page asked; early-run: its answer arrived)`,
    `  fetched before the first paint (cold): ${f.waterfall.length} requests`,
    ...f.waterfall.map(
      ([name, start, end, bytes]) =>
        `    ${name.padEnd(44)} ${start.toFixed(0).padStart(5)}-${end.toFixed(0).padStart(5)} ms ${(bytes / 1024).toFixed(0).padStart(6)} kB`,
    ),
  ];
}
