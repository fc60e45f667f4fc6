/**
 * Long and runaway runs in the browser: the storm scenario is refused with its message and the
 * previous run is not left on screen; a run made anyway goes on in its worker while the page
 * answers, and can be cancelled; a generated 2,000-component scenario opens with its progress
 * shown and the page answering clicks while it is simulated. The longest main-thread blocks
 * (PerformanceObserver 'longtask') are printed, not asserted: speed belongs to the bench.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORM_FILE } from '../support/storm.ts';
import { launchBrowser, openPage, saveScreenshot } from './browser.ts';

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
`;
/** Records the long tasks of the page's next documents from their first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(LONG_TASKS);
}
/** Records the page's long tasks from now on. */
const watchLongTasksNow = (page: Page): Promise<unknown> => page.evaluate(LONG_TASKS);
const longestTask = (page: Page): Promise<number> =>
  page.evaluate('Math.round(Math.max(0, ...window.__longTasks))');

describe('long runs in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('refuses the storm scenario with its message, clears the previous run, and stays responsive', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=bank-money-transfer', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await page.locator('cs-scenario-header input[type=file]').setInputFiles({
      name: 'storm.yaml',
      mimeType: 'text/yaml',
      buffer: readFileSync(STORM_FILE),
    });
    const problem = page.getByTestId('run-problem');
    await problem.waitFor();
    expect(await problem.getByRole('heading').textContent()).toContain(
      'Not simulated: over the event budget',
    );
    const refusal = await page.getByTestId('run-refusal').textContent();
    expect(refusal).toContain(
      'db-1 fails about every 3 min (up about 1 min, then about 2 min to detect and restore): about 3.5 million failures over 20 years',
    );
    expect(refusal).toContain('the budget is 1,000,000 events per run');
    // The bank's run is gone: no metrics, no fingerprint, nothing claims to be the storm's run.
    await page.getByRole('heading', { name: 'Failure storm' }).waitFor();
    expect(await page.getByRole('region', { name: 'Service metrics' }).count()).toBe(0);
    expect(await page.getByTestId('trace-fingerprint').count()).toBe(0);
    expect(await page.getByTestId('scenario-loaded').count()).toBe(0);
    await saveScreenshot(page, 'storm-refused');

    // Run anyway: the run goes on in its worker; the page shows how far it has got and
    // answers a click on another tab and back, then Cancel.
    await watchLongTasksNow(page);
    await page
      .getByRole('button', { name: /^Run anyway, with a budget of 14,000,000 events/ })
      .click();
    const status = page.getByTestId('run-status');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(/Simulating… \d+ % of the horizon/);
    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status.textContent()).toContain('Simulation cancelled');
    console.log(`storm run anyway: longest main-thread block ${await longestTask(page)} ms`);

    // A Monte Carlo study of it is refused before any run, with the same reason.
    await page.getByRole('button', { name: 'Monte Carlo' }).click();
    await page.getByRole('button', { name: 'Run study' }).click();
    await expect
      .poll(() => page.getByTestId('mc-progress').textContent())
      .toMatch(/^\s*Not run: Refused before running: .* as db-1 fails about every 3 min/);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('opens a generated 2,000-component scenario without blocking the page while it is simulated', async () => {
    const { page, problems, close } = await openPage(browser, '?scenario=hospital-records', {
      viewport: { width: 1400, height: 1000 },
    });
    await page.getByTestId('scenario-loaded').waitFor();
    await watchLongTasks(page);
    await page.goto(page.url().replace(/\?.*$/, '?scenario=generated-2000'));
    // While it is simulated, the progress is shown and the page answers a click.
    await page.getByTestId('run-status').waitFor();
    expect(await page.getByTestId('run-status').textContent()).toContain('Simulating…');
    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.getByTestId('scenario-loaded').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('scenario-loaded').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('trace-fingerprint').textContent()).toMatch(/^[0-9a-f]{16}$/);
    // A long log keeps a window of its entries in the page.
    expect(await page.locator('cs-event-log li.entry').count()).toBeLessThanOrEqual(400);
    await page.waitForTimeout(500);
    console.log(`generated-2000: longest main-thread block ${await longestTask(page)} ms`);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);
});
