/**
 * The browser half of `npm run bench`: builds the app, serves it, and measures in headless
 * Chromium with the Performance API
 *  - page load to the bank's painted timeline, cold and warm cache (target: 400 ms; see
 *    page-load-bench.ts), with what the page fetched before that first paint,
 *  - from choosing a scenario to its one-year timeline painted (target: 300 ms for the bank),
 *  - playback frames per second at the fastest speed (target: 60),
 *  - frames per second while zooming a generated 50-component year (target: above 30),
 *  - frames per second on the page while the BIA of a generated 200-component scenario runs
 *    in its worker (the view stays responsive),
 *  - the longest main-thread block while a generated 2,000-component year opens (its run is
 *    made in a worker),
 *  - opening files of 10,000 to 200,000 keys with "Open file…" (read in a worker): the time to
 *    the answer (target: < 2 s) and the longest frame meanwhile.
 * It prints figures; it asserts nothing.
 */
import type { Page } from 'playwright-core';
import { bankWithKeys } from '../../src/cli/large-inputs.ts';
import { launchBrowser } from './chromium.ts';
import { openFileTimes } from './open-file-bench.ts';
import { describeLoad, pageLoadFigures } from './page-load-bench.ts';
import { buildApp, freePort, startPreview } from './preview-server.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function chooseToPainted(page: Page, id: string): Promise<number> {
  await page.evaluate('performance.clearMarks()');
  await page.getByLabel('Scenario').selectOption(id);
  // Polled with evaluate: waitForFunction evaluates its text with eval, which the page's
  // Content-Security-Policy refuses. The figure comes from the marks, not from the polling.
  while (!(await page.evaluate(`performance.getEntriesByName('cs-timeline-painted').length > 0`)))
    await page.waitForTimeout(5);
  return page.evaluate(`performance.getEntriesByName('cs-timeline-painted').at(-1).startTime -
    performance.getEntriesByName('cs-scenario-chosen').at(-1).startTime`);
}

/**
 * Counts animation frames until `stop` (browser code, true to stop) holds or `ms` have passed,
 * running `each` (browser code) on every frame; returns frames per second, the worst frame and
 * the seconds counted. (Browser code as text: tsx would add helpers the page does not have.)
 */
function countFrames(
  page: Page,
  options: { ms: number; each?: string; stop?: string },
): Promise<{ fps: number; worstMs: number; seconds: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const app = document.querySelector('cs-app').shadowRoot;
    let frames = 0, worst = 0, previous = performance.now();
    const start = previous;
    function frame(now) {
      frames++;
      worst = Math.max(worst, now - previous);
      previous = now;
      ${options.each ?? ''};
      const stop = ${options.stop ?? 'false'};
      if (!stop && now - start < ${options.ms}) requestAnimationFrame(frame);
      else resolve({ fps: (frames * 1000) / (now - start), worstMs: worst, seconds: (now - start) / 1000 });
    }
    requestAnimationFrame(frame);
  })`);
}

buildApp();
const server = await startPreview(await freePort());
const browser = await launchBrowser();
try {
  const load = await pageLoadFigures(browser, `${server.url}?scenario=bank-money-transfer`);
  for (const line of describeLoad(load)) console.log(line);

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}?scenario=hospital-records`);
  await page.getByTestId('scenario-loaded').waitFor();

  const bank: number[] = [];
  for (let i = 0; i < 7; i++) {
    await chooseToPainted(page, 'ecommerce-checkout');
    bank.push(await chooseToPainted(page, 'bank-money-transfer'));
  }
  console.log(
    `Choosing the bank scenario to its one-year timeline painted: median ${median(bank).toFixed(0)} ms, worst ${Math.max(...bank).toFixed(0)} ms (7 runs; target <= 300 ms)`,
  );

  await page.getByLabel('Speed').selectOption({ label: '1 week/s' });
  await page.getByRole('button', { name: 'Play' }).click();
  const playback = await countFrames(page, { ms: 3000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  console.log(
    `Playback at 1 week/s: ${playback.fps.toFixed(1)} frames/s, worst frame ${playback.worstMs.toFixed(0)} ms (target 60 frames/s)`,
  );

  await page.goto(`${server.url}?scenario=generated-50`);
  await page.getByTestId('scenario-loaded').waitFor();
  const zoom = await countFrames(page, {
    ms: 3000,
    each: `app.querySelector('cs-timeline-view').zoomBy(Math.floor(frames / 40) % 2 === 0 ? 1.06 : 1 / 1.06)`,
  });
  console.log(
    `Zooming a generated 50-component year: ${zoom.fps.toFixed(1)} frames/s, worst frame ${zoom.worstMs.toFixed(0)} ms (target > 30 frames/s)`,
  );

  await page.goto(`${server.url}?scenario=generated-200&tab=bia`);
  await page.getByTestId('scenario-loaded').waitFor();
  const bia = await countFrames(page, {
    ms: 30_000,
    stop: `app.querySelector('cs-bia-view')?.shadowRoot?.querySelector('table[aria-label="Business impact by disruption"]')`,
  });
  console.log(
    `While the BIA of a generated 200-component scenario runs in its worker (${bia.seconds.toFixed(1)} s): the page draws ${bia.fps.toFixed(1)} frames/s, worst frame ${bia.worstMs.toFixed(0)} ms`,
  );

  // Opening a generated 2,000-component year: the run is made in a worker; what is left on
  // the page is drawing it. Long tasks from the page's first script on.
  const opening = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await opening.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  `);
  await opening.goto(`${server.url}?scenario=generated-2000`);
  await opening.getByTestId('scenario-loaded').waitFor({ timeout: 120_000 });
  await opening.waitForTimeout(1000);
  const open2000 = await opening.evaluate<{ painted: number; longest: number }>(`({
    painted: performance.getEntriesByName('cs-timeline-painted').at(-1)?.startTime ?? NaN,
    longest: Math.max(0, ...window.__longTasks),
  })`);
  console.log(
    `Opening a generated 2,000-component year: painted ${open2000.painted.toFixed(0)} ms after the page started, longest main-thread block ${open2000.longest.toFixed(0)} ms (the run is made in a worker)`,
  );
  // Opening large files with "Open file…": read and parsed in a worker, the page drawing meanwhile.
  for (const keys of [10_000, 80_000, 200_000]) {
    await page.goto(`${server.url}?scenario=bank-money-transfer`);
    await page.getByTestId('scenario-loaded').waitFor();
    const figures = await openFileTimes(page, `keys-${keys}.yaml`, bankWithKeys(keys));
    console.log(
      `Opening the bank with ${keys.toLocaleString('en-US')} unknown keys (target: < 2 s, the page responsive): ${figures}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
